# type(), isinstance, issubclass, __class__, __name__ of classes and builtins.
class A: pass
class B(A): pass
b = B()
print(type(b) is B, b.__class__ is B, type(b).__name__, B.__name__, A.__bases__[0].__name__)
print(isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A), issubclass(A, B), issubclass(B, (str, A)))
print(type(1).__name__, type('').__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(A).__name__)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, float), isinstance(A, type))
print(isinstance(b, object), issubclass(int, object))
