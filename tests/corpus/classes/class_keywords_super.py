# Class keywords reach __init_subclass__ and the metaclass (__new__/__init__ with **kw),
# super() in classmethods, __new__, nested functions; str() of exception subclasses with __repr__.
class Base:
    registry = []
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Base.registry.append(cls.__name__)
class A(Base, kind="a"): pass
class B(A): pass
print(Base.registry, A.kind, B.kind)
class C:
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return type(self).__name__
class D(C):
    @classmethod
    def make(cls):
        o = super().make()
        o.tag = 1
        return o
print(D.make(), D.make().tag)
class E:
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        o.args = a
        return o
    def __init__(self, x): self.x = x
e = E(5); print(e.args, e.x)
class F:
    def method(self):
        def inner():
            return super(F, self).__repr__()[:10]
        return inner()
print(F().method())
class G(dict):
    def __init__(self, *a, **k):
        super(G, self).__init__(*a, **k)
print(G(x=1), G({'y': 2}))
class H:
    def __eq__(self, o): return True
print(H.__hash__, H() == 1)
class I:
    def __getattr__(self, n): return n * 2
print(I().ab, getattr(I(), 'q'))
class L(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise L(3, "bad")
except L as ex:
    print(ex, repr(ex), ex.args, ex.code)
class M(KeyError): pass
try:
    raise M("key")
except KeyError as ex:
    print(str(ex), repr(ex))
class N(ValueError):
    def __repr__(self): return "N!"
print(repr(N()), str(N("a")), [N()])
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, size=4, mode="rw"): pass
print(A.opts, type(A).__name__)
class Plug:
    plugins = {}
    def __init_subclass__(cls, /, name, **kw):
        super().__init_subclass__(**kw)
        Plug.plugins[name] = cls
class X(Plug, name="x"): pass
class Y(Plug, name="y"): pass
print(sorted(Plug.plugins), Plug.plugins["x"].__name__)
try:
    class Z(Plug): pass
except TypeError as e:
    print("TypeError", e)
class M2(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "M2"
        return inst
class W(metaclass=M2):
    def __init__(self, v=0): self.v = v
w = W(v=3); print(w.v, w.created_by, type(W).__name__, isinstance(W, M2))
