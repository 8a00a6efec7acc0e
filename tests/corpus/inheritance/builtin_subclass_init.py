# Subclasses of builtin types with their own __init__/__new__: list, dict, set and bytearray are
# filled by __init__ (their __new__ ignores the arguments); tuple, str, int, float, bytes by __new__.
# Instances of int/str/tuple/bytes subclasses take attributes too.
class T(list):
    def __init__(self, c):
        super().__init__()
        self.c = c
t = T(3); print(t, t.c, len(t))
class L2(list):
    def __init__(self, c, items):
        super().__init__(items)
        self.c = c
print(L2(1, [1,2,3]), L2(1, "ab").c)
class D(dict):
    def __init__(self, c):
        super().__init__(a=c)
print(D(5))
class S(set):
    def __init__(self, c):
        super().__init__([c, c+1])
print(sorted(S(4)))
class Tu(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.s = a + b
x = Tu(1, 2); print(x, x.s, type(x).__name__)
class St(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v); o.tag = tag; return o
s = St("hi", 3); print(s, s.tag, s.upper())
class St2(str):
    def __init__(self, v):
        self.n = len(v)
print(St2("abc").n)
class I(int):
    def __new__(cls, v, unit):
        o = super().__new__(cls, v); o.unit = unit; return o
i = I(5, "ms"); print(i + 1, i.unit)
class I2(int):
    def __init__(self, v):
        self.orig = v
print(I2("12") + 1, I2("12").orig)
class F(float):
    def __init__(self, v):
        self.orig = v
print(F("1.5") * 2, F(2).orig)
class BA(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self.n = n
b = BA(3); print(b, b.n)
class L3(list):
    pass
print(L3([1,2]))
try:
    L3(1, 2)
except TypeError as e:
    print(e)
try:
    list(1,2)
except TypeError as e:
    print(e)
class D2(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
print(D2([(1,2)], b=3), D2().extra)
class S(set): pass
class F(frozenset): pass
print(S(), S([1]), F(), F([2]), frozenset(), frozenset([3]), set())
class B(bytes):
    def __init__(self, v):
        self.tag = "t"
b = B(b"xy"); print(b, b.tag, repr(b), len(b))
class P(tuple):
    def __new__(cls, x, y):
        o = super().__new__(cls, (x, y))
        o.norm = x*x + y*y
        return o
    @property
    def x(self): return self[0]
p = P(3, 4); print(p, p.x, p.norm, p + (1,), len(p), p == (3, 4), hash(p) == hash((3, 4)))
print(p.__dict__)
class Color(int):
    def __new__(cls, v, name):
        o = int.__new__(cls, v)
        o.label = name
        return o
    def __repr__(self): return "Color(%d, %s)" % (int(self), self.label)
c = Color(3, "red"); print(c, repr(c), c + 1, c.label, c == 3, {c: 1}[3])
big = Color(10**30, "huge"); print(big.label, big - 1)
class L(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
l = L([1, 2]); print(l)
class D(dict):
    def __init__(self, **kw):
        super().__init__()
        self.update(kw)
        self.n = len(kw)
d = D(a=1, b=2); print(d, d.n)
class D2(dict): pass
print(D2(a=1), D2([(1, 2)], x=3), D2())
x = [1, 2]; x.__init__([3]); print(x)
s = {1}; s.__init__([2, 3]); print(s)
dd = {1: 2}; dd.__init__(a=3); print(dd)
try:
    dict.__init__({}, 1, 2)
except TypeError as e: print(e)
class St(str):
    def shout(self): return self.upper() + "!"
s = St("hey"); s.x = 1; print(s.shout(), s.x, s == "hey", s + "x", type(s + "x").__name__, vars(s))
class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args)
class BA(bytearray): pass
print(BA(b"ab"), BA(), BA(3))
