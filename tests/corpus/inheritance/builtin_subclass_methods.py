# Subclasses of builtin types overriding and extending them: super() into the builtin's methods,
# reprs, result types of operators, exception __str__ through super(), __mro__/__bases__.
# builtin-type subclassing probes
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = MyDict(); d['a'] = 5; print(d['a'], dict.__getitem__(d, 'a'), d.get('a'), len(d), d)
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter(); c['x'] += 1; print(c, c['y'])
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.peek(), len(s), s[::-1], type(s[::-1]).__name__, s + [3], type(s + [3]).__name__)
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Upper("abc"); print(u, len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str), u == "ABC", repr(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
    def __add__(self, o): return Pos(int(self) + int(o))
p = Pos(3) + 4; print(p, type(p).__name__, Pos(2) * 3, type(Pos(2) * 3).__name__)
try: Pos(-1)
except ValueError as e: print(e)
class F(float):
    def __str__(self): return "F<%s>" % float.__str__(self)
print(F(1.5), str(F(2)), repr(F(2)), F(1.5) + 1, "%s" % F(3), f"{F(4)}", "{}".format(F(5)))
class T(tuple):
    @property
    def first(self): return self[0]
t = T([1, 2, 3]); print(t, t.first, t[1:], type(t[1:]).__name__, T(), len(T("ab")))
class S(set):
    def add2(self, a, b): self.add(a); self.add(b)
s = S(); s.add2(1, 2); print(sorted(s), len(s), type(s | {3}).__name__, S([1]) == {1})
class FS(frozenset): pass
print(FS([1]) == frozenset([1]), hash(FS([1])) == hash(frozenset([1])), type(FS([1]) | FS([2])).__name__)
class B(bytes):
    def hexed(self): return self.hex()
print(B(b"\x01\x02").hexed(), B(b"ab")[0], B(b"ab")[0:1], type(B(b"ab")[0:1]).__name__)
class E(ValueError):
    def __str__(self): return "E: " + super().__str__()
try: raise E("bad", 2)
except E as e: print(e, e.args, repr(e))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
print(L([1, 2]), [L([1])], str(L()), "%r" % L([3]))
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
print(D(a=1), {"k": D()})
class I(int):
    def __repr__(self): return "I(%s)" % super().__repr__()
print(I(5), [I(6)], str(I(7)), f"{I(8)}", "%d" % I(9), I(10) + 0, format(I(11), "03d"))
print(isinstance(True, int), int.__name__, bool.__mro__, list.__mro__, type(I(1)).__mro__)
class Sub(list): pass
print(Sub.__mro__, Sub.__bases__, Sub.__base__, issubclass(Sub, list))
print(int.__bases__, bool.__bases__, object.__bases__, type.__mro__, dict.__base__)
