# isinstance and issubclass with tuples, nested tuples and multiple bases.
class A: pass
class B: pass
class C(A, B): pass
c = C()
print(isinstance(c, (B,)), isinstance(c, (int, (str, A))), isinstance(5, (str, list)))
print(issubclass(C, (int, B)), issubclass(bool, (str, int)), issubclass(C, C))
print([k.__name__ for k in C.__mro__])
try:
    isinstance(c, 5)
except TypeError as e:
    print('TypeError', e)
