# The str-key paths of dict (dict.c: lookups that hit by pointer, strings built at run time,
# equal hashes of other types) and instance/module dicts written in place.
d = {}
for i in range(50):
    d['k%d' % i] = i               # keys built at run time: not interned
print(len(d), d['k7'], d.get('k' + '49'), 'k50' in d, d.get('nope', 'dflt'))
name = 'ab'
d2 = {name: 1, 'a' + 'b': 2}       # the same key twice
print(d2)

# 1, 1.0 and True are one key; hashes equal across types
h = {1: 'int'}
h[1.0] = 'float'
h[True] = 'bool'
print(h, h[1], {(1, 2): 'a'}[(1.0, 2)])

# delete and re-insert, then iterate; deleted slots are reused
e = {}
for i in range(20):
    e['n%d' % i] = i
for i in range(0, 20, 3):
    del e['n%d' % i]
for i in range(0, 20, 6):
    e['n%d' % i] = -i
print(list(e.items())[:6], len(e))

# mutation during iteration
try:
    for k in e:
        e['new'] = 1
except RuntimeError as err:
    print('RuntimeError', err)
try:
    for k in e:
        del e[k]
        e[k + 'x'] = 0
except RuntimeError as err:
    print('RuntimeError', err)

# a builtin module's dict (in flash) written through attributes
import math
math.answer = 42
math.pi = 3
print(math.answer, math.pi, math.sqrt(16.0))
del math.answer
print(hasattr(math, 'answer'))

# instance dicts: first store, in-place stores, delete and store again, vars()
class C:
    pass
c = C()
c.a = 1; c.b = 2; c.a = 3
del c.a
c.a = 4
c.__dict__['z'] = 26
print(vars(c), c.z)
c.__dict__.clear()
c.b = 'after clear'
print(vars(c))
