# Exception subclasses: args from the constructor whatever __init__ does, __new__ through super(),
# __str__ overrides, and keyword arguments (a TypeError unless a Python __init__ takes them).
class E1(Exception):
    def __init__(self, a, b):
        self.a = a
print(str(E1(1, 2)), repr(E1(1, 2)), E1(1, 2).args)
class E2(Exception):
    def __init__(self, a):
        super().__init__("msg: %s" % a)
print(str(E2(5)), E2(5).args)
class E3(Exception):
    def __new__(cls, *args):
        o = super().__new__(cls, *args)
        o.made = True
        return o
e = E3("x"); print(e, e.made, e.args)
class E4(ValueError):
    pass
print(E4("a", "b"), E4(), repr(E4(1)))
class E5(Exception):
    def __str__(self): return "custom"
print(E5("ignored"), repr(E5("ignored")), f"{E5()}", "%s" % E5())
try:
    raise E1(1, 2)
except E1 as ex:
    print("args:", ex.args, ex.a)
class Base(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
b = Base(1, x=2); print(b.args, b.kw)
try:
    Exception(x=1)
except TypeError as te:
    print(te)
class E(Exception): pass
try: E(x=1)
except TypeError as t: print(t)
class F(Exception):
    def __init__(self, **kw): super().__init__(); self.kw = kw
print(F(a=1).kw)
try: ValueError("a", code=1)
except TypeError as t: print(t)
