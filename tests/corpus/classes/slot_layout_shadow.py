# Class attributes shadowed by instance attributes (then deleted), __dict__ writes seen by
# attribute loads, methods shadowed by instance attributes, properties and __setattr__ overrides
# on classes whose instances keep attributes in slots.
class C:
    kind = 'class'
    def hello(self):
        return 'method'
    def __init__(self):
        self.a = 1

objs = [C() for _ in range(3)]
o = objs[0]
print(o.kind, o.hello())
o.kind = 'instance'
print(o.kind, objs[1].kind, C.kind)
del o.kind
print(o.kind, vars(o))
o.hello = lambda: 'instance attr'
print(o.hello(), objs[1].hello())
del o.hello
print(o.hello())

# writes through __dict__ are seen by attribute loads, and the other way round
p = objs[1]
d = p.__dict__
d['b'] = 2
d['a'] = 10
print(p.a, p.b, vars(p))
p.c = 3
print(d, d is vars(p))
del d['a']
print(hasattr(p, 'a'), vars(p))
for _ in range(3):
    p.a = 5
print(p.a, list(d))

# a loop that loads and stores the same attribute on many instances (the caches' hit path)
items = [C() for _ in range(6)]
items[2].extra = 1
del items[4].a
for r in range(3):
    for it in items:
        if hasattr(it, 'a'):
            it.a = it.a + r
        else:
            it.a = 100
print([vars(it) for it in items])

# __setattr__ override sees every store, including in __init__
class Logged:
    def __init__(self, v):
        self.v = v
        self.w = v + 1
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)

l1 = Logged(1)
l2 = Logged(2)
l2.v = 9
print(vars(l1), vars(l2))

# a property added to the class after instances hold the attribute
class Box:
    def __init__(self, v):
        self.v = v

boxes = [Box(i) for i in range(3)]
print([b.v for b in boxes])
Box.v = property(lambda self: 'prop')
print([b.v for b in boxes], vars(boxes[0]))
del Box.v
print([b.v for b in boxes])

# __getattr__ only for missing attributes
class G:
    def __init__(self):
        self.here = 'here'
    def __getattr__(self, name):
        return 'missing ' + name

g = G()
print(g.here, g.there)
g.there = 'now here'
print(g.there)
del g.there
print(g.there)

# object.__new__ without __init__, then attributes
class N:
    pass

n = object.__new__(N)
n.a = 1
n.b = 2
print(vars(n), N.__new__(N).__dict__)

# a method shadowed by an instance attribute held in a slot, called from a function (cached site)
def call_all(objs):
    return [x.hello() for x in objs]

fresh = [C() for _ in range(3)]
fresh[1].kind = 'k'
fresh[1].hello = lambda: 'shadowed'
print(call_all(fresh), call_all(fresh[::-1]))
del fresh[1].hello
print(call_all(fresh))
