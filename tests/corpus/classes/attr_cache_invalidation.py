# Attribute inline caches (attrcache.c) and the cached __init__ of type_call must follow every
# change a program can make: class attributes set or deleted after instances were used, a data
# descriptor added over an instance attribute, __getattr__/__getattribute__/__setattr__ added
# later, instances of different classes through one site, attributes deleted from the instance
# dict, and the class __dict__ changed directly.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y

def get_x(o):
    return o.x          # one LOAD_ATTR site for every call

def set_x(o, v):
    o.x = v             # one STORE_ATTR site

def call_norm(o):
    return o.norm()     # one LOAD_METHOD site

ps = [P(i, i + 1) for i in range(5)]
print([get_x(p) for p in ps], [call_norm(p) for p in ps])

# a property on the class now takes precedence over the instance dict
P.x = property(lambda self: 'prop-x', lambda self, v: print('setter', v))
print(get_x(ps[0]))
set_x(ps[0], 42)
print(ps[0].__dict__)
del P.x
print(get_x(ps[0]), get_x(ps[1]))

# a non-data class attribute does not hide the instance's value
P.y = 'class-y'
print(ps[2].y, P.y)
del P.y

# replacing the method on the class; then shadowing it in one instance
P.norm = lambda self: 'new norm'
print(call_norm(ps[1]))
ps[1].norm = lambda: 'instance norm'
print(call_norm(ps[1]), call_norm(ps[2]))
del ps[1].norm
print(call_norm(ps[1]))

# deleting the instance attribute the cache points at
del ps[3].x
try:
    get_x(ps[3])
except AttributeError as e:
    print('AttributeError', e)
set_x(ps[3], 'back')
print(get_x(ps[3]), list(ps[3].__dict__))

# other classes through the same sites, with different attribute orders
class Q:
    def __init__(self):
        self.y = 'qy'
        self.x = 'qx'
    def norm(self):
        return 'Q.norm'
class R(P):
    def __getattr__(self, name):
        return 'missing ' + name
r = R(7, 8)
for o in [ps[4], Q(), r, ps[4], Q()]:
    print(get_x(o), call_norm(o))
del r.x
print(get_x(r))

# __getattribute__ and __setattr__ added to a class after caching
class S:
    def __init__(self):
        self.x = 1
s = S()
print(get_x(s)); set_x(s, 2); print(get_x(s))
S.__getattribute__ = lambda self, name: 'intercepted ' + name
print(get_x(s))
del S.__getattribute__
def loud_setattr(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value)
S.__setattr__ = loud_setattr
set_x(s, 3)
print(get_x(s))

# __init__ replaced, __new__ added, and __init__ returning a value
class T:
    def __init__(self, v):
        self.v = v
print(T(1).v)
def init2(self, v):
    self.v = v * 100
T.__init__ = init2
print(T(2).v)
class T2(T):
    pass
print(T2(3).v)
T2.__new__ = lambda cls, v: 'made by __new__ %d' % v
print(T2(4), T(4).v)
T.__init__ = lambda self, v: v
try:
    T(5)
except TypeError as e:
    print('TypeError', e)

# the class __dict__ handed out: later changes through it still show
class U:
    def __init__(self):
        self.x = 'inst'
u = U()
print(get_x(u))
U.__dict__    # a mappingproxy in CPython: read only; caches stay correct either way
U.x = property(lambda self: 'U prop')
print(get_x(u))

# many attributes: the instance dicts of later instances are presized from the first ones
class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
        self.last = n
bs = [Big(n) for n in (12, 3, 12, 0)]
print([len(b.__dict__) for b in bs], [b.last for b in bs], bs[0].a11, bs[2].a7)
