# Instances of str/bytes/tuple/frozenset subclasses made from interned and static values compare, hash and look up like the values.
class S(str): pass
for w in ['append', '__init__', 'x', '', 'hello world this is long', 'ab' * 3]:
    s = S(w)
    print(repr(s), len(s), s == w, w == s, s.upper(), {w: 1}.get(s), s in {w}, hash(s) == hash(w), s < w + 'a')
class B(bytes): pass
for w in [b'', b'a', b'abc' * 10]:
    print(repr(B(w)), B(w) == w)
class T(tuple): pass
print(T(()) == (), T() == ())
class F(frozenset): pass
print(F() == frozenset())
