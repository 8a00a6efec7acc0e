# What the branch-free fast paths of calls, returns, attributes and globals must keep: each case
# runs first so that the site's cache is filled, then changes what the cache assumed.
import gc

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm1(self):
        return abs(self.x) + abs(self.y)

def walk(v, d, n):
    for _ in range(n):
        v = v.add(d)
    return v

v = walk(Vec(0, 0), Vec(1, 2), 5)
print('walk', v.x, v.y, v.norm1())

# a method replaced on one instance (shadows the class's) after the site was cached
def call_norm(o):
    return o.norm1()
a, b = Vec(1, -1), Vec(3, 4)
print('norm', call_norm(a), call_norm(b))
b.norm1 = lambda: 'instance attribute'
print('shadowed', call_norm(a), call_norm(b))

# the class's method replaced after the cache was filled
Vec.norm1 = lambda self: 'class replaced'
print('replaced', call_norm(a), call_norm(b))

# an attribute added to the class that a cached instance load used to find on the instance
def get_x(o):
    return o.x
print('x', get_x(a), get_x(b))
Vec.x = property(lambda self: 'property wins')
print('property', get_x(a), get_x(b))
del Vec.x
print('back', get_x(a), get_x(b))

# stores: replace, append, and an instance turned dict-based
def set_z(o, z):
    o.z = z
    return o.z
c = Vec(5, 6)
print('z', set_z(c, 1), set_z(c, 2), set_z(a, 3))
d = c.__dict__
print('dict', sorted(d.items()), set_z(c, 9), c.z, get_x(c))

# __getattr__ is asked only for what is missing
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'made ' + name
def real_and_other(o):
    return o.real, o.other
lz = Lazy()
print('getattr', real_and_other(lz), real_and_other(lz))

# wrong argument counts through the inline call paths: CPython's TypeErrors
def two(p, q):
    return p + q
for args in [(1,), (1, 2, 3), ()]:
    try:
        two(*args) if len(args) != 1 else two(args[0])
    except TypeError as e:
        print('TypeError', e)
try:
    a.add()
except TypeError as e:
    print('TypeError', e)
try:
    a.add(b, c)
except TypeError as e:
    print('TypeError', e)
try:
    Vec(1)
except TypeError as e:
    print('TypeError', e)
try:
    int('5')()
except TypeError as e:
    print('TypeError', e)

# a bound method stored, the instance dropped, a collection, then the call
m = Vec(7, 8).norm1
gc.collect()
print('bound', m())
Vec.norm1 = lambda self: abs(self.x) + abs(self.y)
m = Vec(7, -8).norm1
print('bound again', m(), Vec(1, 1).norm1())

# small ints as the object of LOAD_ATTR, STORE_ATTR and LOAD_METHOD (no object to read)
def bits(n):
    return n.bit_length(), n.real
print('int', bits(10 ** 30), bits(5), bits(-7), bits(2 ** 62))
try:
    (3).nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    n = 3
    n.x = 1
except AttributeError as e:
    print('AttributeError', e)

# zero arguments, many arguments, many locals
def zero():
    return 'zero'
def five(a, b, c, d, e):
    f = a + b
    g = c + d
    h = f * g
    return h + e, [a, b, c, d, e]
def locals_only():
    p = 1; q = 2; r = 3; s = 4; t = 5; u = 6; w = 7
    return p + q + r + s + t + u + w
print('arities', zero(), five(1, 2, 3, 4, 5), locals_only(), [zero() for _ in range(3)])

# __init__ that returns something
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print('TypeError', e)

# a metaclass and a __new__: not the inline constructor
class Meta(type):
    def __call__(cls, *args):
        return ('meta call', args)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made = 'by new'
        return o
    def __init__(self, x):
        self.x = x
w = WithNew(3)
print('ctors', WithMeta(1), w.made, w.x)

# globals: a store through the cache, a delete and re-creation, many new globals (a resize)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print('bump', bump(), bump())
del counter
try:
    bump()
except NameError as e:
    print('NameError', e)
counter = 10
for i in range(40):
    globals()['g%d' % i] = i
print('bump after resize', bump(), bump(), g39)

# recursion to the limit through methods and constructors, then normal calls again
class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)
class Deep:
    def down(self, n):
        return self.down(n + 1)
for what in (lambda: Node(0), lambda: Deep().down(0)):
    try:
        what()
    except RecursionError:
        print('RecursionError')   # (CPython words it differently for a constructor)
print('after', walk(Vec(0, 0), Vec(2, 3), 4).norm1(), two(2, 3))

# generators calling inline functions, and an exception through inline frames
def gen(n):
    for i in range(n):
        yield two(i, i) + zero().count('z')
print('gen', list(gen(5)))
def inner(x):
    return 10 // x
def middle(x):
    return inner(x) + 1
try:
    middle(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
