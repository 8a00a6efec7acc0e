# Methods of builtins bound to their object are builtin_function_or_method, with CPython's repr shape.
def g():
    yield 1
gen = g()
print(type(gen.send).__name__, type([].append).__name__, type({}.get).__name__, type('x'.join).__name__, type(len).__name__)
r = repr([].append); print(r[:len('<built-in method append of list object at 0x')], r[-1])
print(repr({}.get).startswith('<built-in method get of dict object at 0x'), repr(gen.send).startswith('<built-in method send of generator object at 0x'))
print(repr(len), repr(print))
class C:
    def m(self): pass
print(type(C().m).__name__, repr(C().m).startswith('<bound method C.m of <__main__.C object at 0x'))
print([].append.__name__, [].append.__self__, {}.get.__qualname__ if hasattr({}.get, '__qualname__') else '-')
