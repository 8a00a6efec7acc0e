# Instance attributes kept in a class's slot layout must behave exactly like an instance dict:
# insertion order in __dict__/vars(), attributes added after instances exist, out-of-order stores,
# deletes, re-adds, many attributes, and a subclass that adds attributes of its own.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, i * 2) for i in range(5)]
print([vars(p) for p in ps])
ps[0].z = 'late'                 # a new attribute after instances exist
print(vars(ps[0]), vars(ps[1]))
q = P(1, 2)                      # an instance created after the layout grew
print(vars(q), hasattr(q, 'z'))
q.z = 3
print(q.__dict__, q.x + q.y + q.z)

class R:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

a = R('abc')
b = R('cba')                     # another order: must iterate in its own insertion order
c = R('ab')
c.d = 'D'
c.c = 'C'
print(vars(a), vars(b), vars(c))
print(list(b.__dict__), [getattr(b, n) for n in 'abc'])

# delete, then re-add: the attribute moves to the end, as in a dict
d = R('abc')
del d.a
print(vars(d), hasattr(d, 'a'))
d.a = 1
print(vars(d), d.a)
try:
    del d.zz
except AttributeError as e:
    print('AttributeError', e)
e = R('abc')
try:
    print(e.q)
except AttributeError as ex:
    print('AttributeError', ex)

# many attributes, beyond any small layout
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)

for n in (3, 20, 40, 5):
    m = Many(n)
    print(n, len(vars(m)), sum(getattr(m, 'a%d' % i) for i in range(n)), list(vars(m))[-2:])
m = Many(20)
m.a3 = 'three'
m.extra = 'x'
print(m.a3, m.a19, m.extra, list(vars(m))[:5], list(vars(m))[-2:])

# a subclass adding attributes; the base class's instances are unaffected
class Q(P):
    def __init__(self, x, y, w):
        super().__init__(x, y)
        self.w = w

qs = [Q(i, -i, i * i) for i in range(4)]
print([vars(o) for o in qs], vars(P(7, 8)))
print(sum(o.x + o.y + o.w for o in qs))

# attribute names built at run time (not interned) find the same attribute
name = ''.join(['x'])
p = P(10, 20)
print(getattr(p, name), getattr(p, 'y' + ''))
setattr(p, name, 11)
print(p.x, vars(p))
setattr(p, 'n' + 'ew', 5)
print(vars(p), p.new)
