# A bigger C3 linearization and an inconsistent hierarchy that raises TypeError.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C(Dd, F): pass
class B(Dd, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in C.__mro__])
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError', e)
