# Classes made by type(name, bases, ns) with builtin bases (their __module__ is the caller's),
# metaclass dunders on classes, type.__call__, and the __new__ of builtins called directly.
L = type('L', (list,), {'total': lambda self: sum(self)})
l = L([1, 2]); print(l, l.total(), type(l).__name__, L.__mro__)
D = type('D', (dict,), {})
print(D(a=1), isinstance(D(), dict))
class M(type):
    def __repr__(cls): return f"<M {cls.__name__}>"
    def __len__(cls): return 7
    def __getitem__(cls, k): return k * 2
    def __iter__(cls): return iter([1, 2])
class A(metaclass=M): pass
print(A, len(A), A[4], list(A), repr(A), str(A), [A])
print(type.__call__(list, [1, 2]), type.__call__(A).__class__.__name__, object.__new__(A).__class__.__name__)
print(list.__new__(list), dict.__new__(dict), int.__new__(int, 5), str.__new__(str, 'x'), tuple.__new__(tuple, [1]))
class P(list):
    def __new__(cls, *a): 
        inst = list.__new__(cls)
        inst.made_by_new = True
        return inst
p = P([1, 2]); print(p, p.made_by_new)
