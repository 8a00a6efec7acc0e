def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    """Docstring."""
    return a, b, c, args, d, e, kw

@staticmethod
@decorate(1)
def g(x):
    return f(x, d=4, *x, **x)

h = lambda x, *, y=2: x + y
print(f(1, d=2), g, h(1, y=3))
print(*[1, 2], 3, sep="")
obj.method(1, 2)
obj.method(key=1)
