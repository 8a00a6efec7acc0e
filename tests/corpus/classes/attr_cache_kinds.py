# The same attribute sites meet instances of different kinds of classes: slot-layout instances,
# exception subclasses (dict-based), subclasses of list and dict (dict after the builtin layout),
# and instances whose dict was handed out. Loads, stores and method calls must agree with CPython.
class Err(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
    def describe(self):
        return 'E%d' % self.code

class Point:
    def __init__(self, code):
        self.code = code
    def describe(self):
        return 'P%d' % self.code

class Tagged(list):
    def describe(self):
        return 'T%d/%d' % (self.code, len(self))

class Named(dict):
    def describe(self):
        return 'N%d' % self.code

def bump_all(objs, times):
    out = []
    for _ in range(times):
        for o in objs:
            o.code = o.code + 1
    for o in objs:
        out.append((o.code, o.describe()))
    return out

n = Named(a=1)
n.code = 5
p2 = Point(7)
p2.__dict__['extra'] = True
t = Tagged([3])
t.code = 3
objs = [Point(1), Err(2), t, n, p2, Point(4)]
print(bump_all(objs, 3))
print(objs[1].args, str(objs[1]), vars(objs[1]), vars(objs[2]), vars(n), dict(n))
print(vars(p2), p2.extra)
try:
    raise Err(9)
except Err as e:
    e.code += 1
    e.note = 'n'
    print(e.code, e.describe(), vars(e))

# one site, a class whose attribute becomes a property and back
class Flip:
    def __init__(self):
        self.v = 1

def read(o):
    return o.v

f = Flip()
print(read(f))
Flip.v = property(lambda self: 'p')
print(read(f))
del Flip.v
print(read(f))
f.__dict__['v'] = 2
print(read(f), vars(f))
