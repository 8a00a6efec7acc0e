# super().__call__(...) in a metaclass's __call__ creates the instance (type.__call__).
class Meta(type):
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args, kw)
        obj = super().__call__(*args, **kw)
        obj.made = True
        return obj
class A(metaclass=Meta):
    def __init__(self, x, y=2):
        self.x = x; self.y = y
a = A(1, y=5); print(a.x, a.y, a.made)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super(Single, cls).__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self): print("init once")
print(S() is S())
class M2(type):
    def __call__(cls, *a):
        return type.__call__(cls, *a)
class B(metaclass=M2):
    def __init__(self, v): self.v = v
print(B(4).v)
