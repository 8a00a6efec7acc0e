# list.sort / sorted over keys of one type (small ints, floats, strs, tuples) and mixed keys:
# stability, reverse, key=, exceptions from __lt__ and from key, and a list changed mid-sort.
xs = [(i * 7919) % 101 - 50 for i in range(60)]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(sorted(xs, key=lambda v: v % 7))                  # stable among equal keys
print(sorted(xs, key=lambda v: v % 7, reverse=True))    # reverse keeps equal keys in order
print(sorted([2 ** 62, -2 ** 62, 1, 2 ** 70, -(2 ** 70), 0]))
print(sorted([True, 0, -1, False, 1, 2]))
fs = [3.5, -0.0, 0.0, -1e300, 1e300, float('inf'), -float('inf'), 2.25, 0.0, -0.0]
print(sorted(fs))
print(sorted(fs, reverse=True))
print(sorted([1.5, 1, 0.5, 2, True, -3]))
ss = ['pear', 'Apple', 'apple', '', 'é', 'z', 'zz', '\U0001F600', 'ａ', 'a\x00', 'a', 'ß']
print(sorted(ss))
print(sorted(ss, reverse=True))
print(sorted(ss, key=len))
print(sorted(ss, key=str.lower))
ts = [(i % 3, -i, str(i % 2)) for i in range(12)] + [(1,), (1, 2, 3, 4), (), (0, 0)]
print(sorted(ts))
print(sorted(ts, reverse=True))
print(sorted([((1, 2), 'b'), ((1, 1), 'c'), ((1, 2), 'a'), ((0, 9), 'z')]))
print(sorted([(1, 'b'), (1.0, 'a'), (True, 'c'), (0, 'd')]))
nan = float('nan')
print(sorted([(nan, 2), (nan, 1)]) == [(nan, 1), (nan, 2)])   # identical items compare equal

class F(float):
    def __lt__(self, other):
        return float(self) > float(other)               # a float subclass with its own order
print(sorted([F(1), F(3), F(2)]))

class S(str):
    pass
print(sorted([S('b'), 'c', S('a')]))

class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('no order for 3')
        return self.v < other.v
    def __repr__(self): return 'Bad(%d)' % self.v
bs = [Bad(v) for v in [5, 1, 4, 3, 2, 9, 0, 7, 8, 6, 11, 10]]
try:
    bs.sort()
except ValueError as e:
    print('ValueError', e)
print(len(bs), sorted(b.v for b in bs))                # still a permutation of the items

def key_fails(v):
    if v == 4:
        raise KeyError(v)
    return -v
ys = [3, 1, 4, 1, 5]
try:
    ys.sort(key=key_fails)
except KeyError as e:
    print('KeyError', e)
print(ys)                                               # untouched: keys come first

seen = []
def spy(v):
    seen.append(len(zs))
    return v
zs = [3, 2, 1]
zs.sort(key=spy)
print(zs, seen)                                         # the list looks empty during the sort
calls = []
print(sorted([42], key=lambda v: calls.append(v) or v), calls)

ws = [3, 1, 2]
def grow(v):
    ws.append(v)
    return v
try:
    ws.sort(key=grow)
except ValueError as e:
    print('ValueError', e)
print(ws)
print(sorted([]), sorted([1]), sorted((5, 4)), sorted('hello'), sorted({3: 1, 1: 2}))
big = [(i * 104729) % 5003 for i in range(120)]
r = sorted(big)
print(r[:5], r[-5:], all(r[i] <= r[i + 1] for i in range(len(r) - 1)), r == sorted(big, key=lambda v: v))
print(sorted(big, key=lambda v: (v % 10, v))[:12])
print(sorted(range(20), key=lambda v: -v)[:5])
words = ['w%d' % ((i * 37) % 500) for i in range(120)]
print(sorted(words)[:8], sorted(words, reverse=True)[:3])
print(sorted([[3, 1], [2, 9], [3, 0], [2]]))
print([1, 2, 3] < [1, 2, 4], (1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'), (1, 2) >= (1, 3), [5] > [4, 9])
# 64+ small-int keys: sorted by digits (stable, reverse keeps equal keys in order); wide ranges
ks = [(i * 7919) % 1009 - 500 for i in range(150)]
print(sorted(ks)[::10], sorted(ks, reverse=True)[::10])
print(sorted(range(100), key=lambda v: v % 5)[:25], sorted(range(100), key=lambda v: v % 5, reverse=True)[:25])
recs = [(i % 4, 'r%d' % i) for i in range(80)]
recs.sort(key=lambda r: -r[0])
print(recs[:6], recs[-3:])
wide = [(i * 2654435761) % (2 ** 40) - 2 ** 39 for i in range(100)]
print(sorted(wide)[:3], sorted(wide, reverse=True)[:2])
edge = [2 ** 62 - 1, -2 ** 62, 0, 2 ** 31, -2 ** 31] * 14
print(sorted(edge)[::14], sorted([2 ** 32 + i % 3 for i in range(70)])[::23], sorted([7] * 70) == [7] * 70)
