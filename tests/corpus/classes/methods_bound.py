# Bound methods remember their instance; unbound access through the class.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
m = c.inc
m(); m()
print(c.n, m.__self__ is c, m.__name__)
f = Counter.inc
print(f(c), c.n)
fns = [Counter().inc for _ in range(3)]
print([fn() for fn in fns])
d = Counter()
print(list(map(lambda _: d.inc(), range(4))))
