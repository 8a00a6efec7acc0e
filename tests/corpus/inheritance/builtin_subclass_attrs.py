# dict/tuple/list subclasses with __getattr__/__setattr__/__getattribute__, properties on a tuple
# subclass, __setitem__/__delitem__ overrides calling super().
class Rec(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
r = Rec(a=1); r.b = 2
print(r.a, r.b, r, hasattr(r, 'zz'), getattr(r, 'zz', None))
try:
    r.zz
except AttributeError as e:
    print(repr(e), e.__suppress_context__, e.__context__)
class Frozen(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self): return f"Frozen(x={self.x}, y={self.y})"
f = Frozen(1, 2); print(f, f.x + f.y, f == (1, 2), f[::-1], len(f))
class Cfg(dict):
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
c = Cfg(); print(c.magic, c.keys(), type(c.get).__name__)
class LoggedList(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
ll = LoggedList([1, 2, 3]); ll[0] = 9; ll[1:2] = [7, 7]; del ll[0]; print(ll)
