# **kwargs collects extra keyword arguments in call order.
def f(**kw):
    return kw
print(f(), f(a=1, b=2), f(**{'x': 1}, y=2))
def g(a, b=0, **kw):
    return a, b, kw
print(g(1, c=3), g(b=2, a=1, z=26), g(1, 2, **{'q': 'r'}))
def h(*args, **kwargs):
    return args, sorted(kwargs.items())
print(h(1, 2, k=3, j=4))
try:
    g(1, a=2)
except TypeError as e:
    print('TypeError', e)
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError', e)
