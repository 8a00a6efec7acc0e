# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
def g(*args, key, **kw):
    return args, key, kw
print(g(1, 2, key='k'), g(key=0, extra=1))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
