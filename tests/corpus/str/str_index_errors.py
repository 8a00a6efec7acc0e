# Errors from string operations: bad index types, immutability, bad method arguments.
s = 'hello'
for bad in (lambda: s[5], lambda: s['a'], lambda: s.center(10, 'ab'), lambda: s * 1.5, lambda: s.join([1]), lambda: int(s), lambda: s.index('z'), lambda: ''.join(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
