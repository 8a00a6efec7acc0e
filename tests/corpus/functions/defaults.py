# Default argument values are evaluated once at definition time.
def f(a, b=2, c='x'):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c='z'), f(a=0, c=1, b=9))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []))
n = 10
def g(v=n):
    return v
n = 20
print(g())
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2))
