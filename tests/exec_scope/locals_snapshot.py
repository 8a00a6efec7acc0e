# locals() in a function returns a dict snapshot; later assignments do not change that dict.
def f():
    a = 1
    snap = locals()
    a = 2
    b = 3
    return snap['a'], 'b' in snap, a
print(f())
def g(p, q=5):
    return sorted(locals().items())
print(g(1))
def h():
    d = locals()
    d['injected'] = 1
    try:
        return injected
    except NameError as e:
        return 'NameError: ' + str(e)
print(h())
