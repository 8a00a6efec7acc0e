# Subclasses of list/dict/set/bytearray/str/tuple/int/float overriding single methods: what the
# builtin operations and functions (in-place operators, abs, int, float, round, divmod, bool)
# do with them.
# more builtin subclass behaviours
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
l = L([1, 2, 3])
print(l[0], l[-1], [x for x in l], list(l), sum(l), l[0:2], sorted(l, reverse=True), max(l))
class D(dict):
    def __iter__(self): return iter(sorted(super().keys(), reverse=True))
d = D(a=1, b=2, c=3)
print(list(d), [k for k in d], dict(d), list(d.keys()), d.copy(), type(d.copy()).__name__)
class S(str):
    def __len__(self): return 99
    def __contains__(self, x): return True
s = S("ab"); print(len(s), "z" in s, s.upper(), s[0], s * 2, s == "ab", hash(s) == hash("ab"))
class T(tuple):
    def __len__(self): return 0
t = T((1, 2)); print(len(t), bool(t), list(t), t[1])
class I(int):
    def __bool__(self): return False
    def __eq__(self, o): return True
    __hash__ = int.__hash__
i = I(5); print(bool(i), i == 7, i + 1, {i: 'x'}[5], not i)
class N(list):
    def append(self, x): super().append(x * 2)
n = N(); n.append(1); n.extend([3]); n += [4]; print(n, type(n).__name__)
class Q(dict):
    def __missing__(self, k): self[k] = k * 2; return self[k]
q = Q(); print(q[3], q, q.get(4), 4 in q)
class R(set):
    def add(self, x): super().add(x + 100)
r = R(); r.add(1); r |= {2}; print(sorted(r), type(r).__name__)
class B(bytearray):
    def append(self, x): super().append(x + 1)
b = B(b"a"); b.append(65); print(b, len(b))
class F(float):
    def __round__(self, n=None): return "rounded"
print(round(F(1.5)), round(F(2.5), 1), abs(F(-2.0)), int(F(3.7)), F(1.5).is_integer())
import math
print(math.floor(F(2.7)), math.ceil(F(2.1)), math.sqrt(F(4.0)))
class SS(str): pass
class II(int): pass
print(float(SS("1.5")), int(SS("12")), float(II(3)), int(II(4)), complex if False else '', str(II(5)), bool(II(0)), int(F(-2.5)), float(F(1)))
print(divmod(II(7), 2), pow(II(2), 3), II(6) // 4, II(6) / 4, -II(3), ~II(1), II(5) & 3, II(1) << 3, hex(II(255)), bin(II(2)), oct(II(8)), round(II(17), -1))
print(sorted([II(3), 1, F(2.5)]), max(SS("b"), "a"), min(II(1), 0.5), sum([II(1), F(0.5)]), "x".join([SS("a"), SS("b")]), SS("a,b").split(","))
print(bool(F(0.0)), bool(F(0.1)), bool(II(-1)), divmod(F(7.5), 2), divmod(7, II(2)))
