# min/max/sum over lists and tuples (read item by item, no iterator), reversed(list) and
# enumerate: small ints, overflow into big ints, mixed numbers, ties, a list changed mid-way.
xs = [(i * 7919) % 1009 - 500 for i in range(200)]
print(min(xs), max(xs), sum(xs), min(tuple(xs)), max(tuple(xs)), sum(tuple(xs), 10))
big = 2 ** 62 - 1
print(sum([big, big, big]), sum((big, 1)), sum([big, -big, 2 ** 80]), sum([1, 2.5, True]), sum([], 7))
print(min([3, 2.0, 2, 5]), max([1, 1.0, True]), max([2 ** 70, 3, -1]), min([-2 ** 70, 3]))
print(min([]  , default='empty'), max((), default=None), min([4], default=0), max([0.5, -0.0, 0.0]))
print(min(['b', 'a', 'c']), max([(1, 2), (1, 3), (0, 9)]), min(xs, key=abs), max(xs, key=lambda v: v % 10))
for bad in ([], ()):
    try:
        min(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    max([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)

class Shrinker:
    def __init__(self, v, owner): self.v = v; self.owner = owner
    def __lt__(self, other):
        if self.owner:
            self.owner.pop()
        return self.v < other.v
    def __repr__(self): return 'S%d' % self.v
ys = []
ys.extend(Shrinker(v, ys) for v in [5, 9, 1, 7, 3, 8])
print(max(ys), len(ys))
zs = [1, 2, 3, 4]
out = []
for v in reversed(zs):
    out.append(v)
    if v == 3:
        zs.pop()
print(out, list(reversed([])), list(reversed((1, 'b'))), list(enumerate('ab', 2 ** 62 - 1)))
print(list(enumerate([10, 20, 30])), [i * v for i, v in enumerate(range(5), -2)])
