# hasattr, getattr, setattr, delattr, callable, isinstance, issubclass on builtins and user types.
class A:
    x = 1
    def m(self):
        return 'm'
a = A()
print(hasattr(a, 'x'), hasattr(a, 'y'), getattr(a, 'x'), getattr(a, 'y', 'dflt'), getattr(a, 'm')())
setattr(a, 'y', 5)
print(a.y, callable(a.m), callable(a.x), callable(len), callable(A))
delattr(a, 'y')
print(hasattr(a, 'y'), isinstance(a, A), isinstance(3, (str, int)), issubclass(A, object))
print(getattr([1, 2], 'index')(2), getattr('abc', 'upper')())
try:
    getattr(a, 'zz')
except AttributeError as e:
    print('AttributeError', e)
