# d[k] and d[k] = v on exact dicts go straight to the dict; everything else (subclasses with
# __missing__/__setitem__, unhashable keys, missing keys, keys equal across types) keeps CPython's
# behaviour.
d = {}
d['a'] = 1
d[2] = 'two'
d[2.0] = 'float two'
d[(1, 2)] = 'pair'
d[True] = 'true'
print(d, d['a'], d[2], d[1], d[(1, 2)])
for bad in ([1], {}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print('TypeError', e)
    try:
        print(d[bad])
    except TypeError as e:
        print('TypeError', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    d[(3, 4)]
except KeyError as e:
    print('KeyError', e)

class M(dict):
    def __missing__(self, k):
        return 'missing ' + repr(k)
    def __setitem__(self, k, v):
        print('M set', k, v)
        super().__setitem__(k, v * 2)
m = M()
m['x'] = 5
print(m['x'], m['y'], m)

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print('K eq')
        return isinstance(other, K) and self.v == other.v
e = {K(1): 'one'}
e[K(1)] = 'uno'
print(len(e), e[K(1)])
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
    counts[w] += 0
print(counts)
