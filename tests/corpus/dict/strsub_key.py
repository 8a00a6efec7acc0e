# A str subclass with its own __hash__/__eq__ as a dict key next to equal plain strs.
class S(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return str.__eq__(self, other)

class T(str):
    pass

s = S('key')
print(str.__hash__(s) == hash('key'), hash(s) == hash('key'), hash(T('key')) == hash('key'))
f = {'key': 1}
f[S('key')] = 2
print(len(f), f)
f[T('key')] = 3
print(len(f), f)
g = {S('abc'): 1}
g['abc'] = 5
print(len(g), g, g['abc'], g[S('abc')], g[T('abc')])
print('abc' in g, S('abc') in g, T('abc') in g, S('zz') in g)
h = {}
h[T('x' * 20)] = 1
h['x' * 20] = 2
h['xx' * 10] = 3
print(len(h), list(h.values()))
print(h.get(S('x' * 20)), h.pop(S('x' * 20)), len(h))
d = dict(a=1)
d[S('a')] += 10
print(d)
names = {}
for w in ['a', S('a'), T('a'), 'b', S('b')]:
    names[w] = names.get(w, 0) + 1
print(names)
print({S('q'), 'q', T('q')}.__len__())

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [-1, -2, 2**61, 2**61 - 1, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -2**70, True]:
    print(v, hash(H(v)))
try:
    hash(H(1.5))
except TypeError as e:
    print('TypeError', e)
