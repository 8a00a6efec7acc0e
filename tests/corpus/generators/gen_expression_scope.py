# The first iterable of a generator expression is evaluated immediately; the rest lazily.
x = [1, 2, 3]
g = (v * 10 for v in x)
x = [100]
print(list(g))
ys = [1, 2]
h = ((a, b) for a in [1, 2] for b in ys)
ys = ['late']
print(list(h))
try:
    bad = (v for v in 5)
except TypeError as e:
    print('TypeError at creation', e)
