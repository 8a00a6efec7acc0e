# x[a:b] of lists and tuples straight from the interpreter (no slice object): every bound shape
# must give what a slice object gives, and anything unusual must still reach the general path.
xs = list(range(10))
t = tuple(xs)
n = len(xs)
for a in (None, -100, -11, -10, -3, -1, 0, 1, 5, 9, 10, 11, 100):
    for b in (None, -100, -10, -4, -1, 0, 3, 9, 10, 100):
        assert xs[a:b] == xs[slice(a, b)], (a, b)
        assert t[a:b] == t[slice(a, b)], (a, b)
        for c in (None, 1, 2, 3, -1, -2, -7, 100, -100):
            assert xs[a:b:c] == xs[slice(a, b, c)], (a, b, c)
            assert t[a:b:c] == t[slice(a, b, c)], (a, b, c)
print(xs[:3], xs[7:], xs[-3:], xs[:-8], xs[3:1], xs[::-1], xs[8:2:-2], xs[-1:-11:-3])
print(t[:3], t[7:], t[::-1], t[2:100], t[-100:2], type(t[1:2]).__name__)
print(xs[:0], t[5:5], [][:], ()[1:], [][::-1])
s = xs[:]
s.append(99)
print(s is xs, len(xs), len(s))

# bounds that are not small ints: bools, __index__ objects
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self):
        print('index', self.v)
        return self.v
print(xs[True:], xs[:False], xs[Ix(2):Ix(-5)], t[Ix(1)::Ix(3)])
for bad in (lambda: xs[::0], lambda: t[1:5:0], lambda: xs[::Ix(0)]):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# subclasses keep their own __getitem__ and get plain lists/tuples from the inherited one
class Logged(list):
    def __getitem__(self, k):
        print('getitem', k)
        return list(self)[k]
class Plain(list):
    pass
class Tup(tuple):
    def __getitem__(self, k):
        return ('tup', k)
lg = Logged([1, 2, 3, 4])
print(lg[1:3], lg[::-1], type(Plain([5, 6, 7])[1:]).__name__, Tup((1, 2))[0:1])

# other sliceable types still take the general path
print('hello'[1:3], b'bytes'[::-1], range(10)[2:8:2], bytearray(b'abc')[1:])
class Custom:
    def __getitem__(self, k):
        return k
print(Custom()[1:2], Custom()[::3], Custom()[None:'x'])

# merge sort on slices (the benchmark's shape)
def msort(v):
    if len(v) <= 1:
        return v
    mid = len(v) // 2
    l, r = msort(v[:mid]), msort(v[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
data = [(k * 7919) % 1009 for k in range(500)]
print(msort(data) == sorted(data), msort(data)[:5], msort(data)[-5:])
