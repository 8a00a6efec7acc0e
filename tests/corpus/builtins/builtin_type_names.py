# type names and attribute errors of builtin objects: iterators, dict views, methods, descriptors.
print(int.__name__, list.__qualname__, str.__module__ if hasattr(str, '__module__') else '-', type(len).__name__)
print(len.__name__, print.__qualname__ if hasattr(print, '__qualname__') else '-')
print(repr(int), repr(type), repr(object), repr(type(None)), repr(type(...)) , repr(type(NotImplemented)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
def f(): yield
print(type(f()).__name__, type(f).__name__, type(lambda: 0).__name__, type(print).__name__)
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
print(type(C.m).__name__, type(C().m).__name__, type(C.s).__name__, type(C.c).__name__, type(C.__dict__['p']).__name__)
print(C.m.__name__, C().m.__name__, C.m.__qualname__, C().m.__func__ is C.m, C.c.__self__ is C)
print(type(range(3)).__name__, type(slice(1)).__name__, type(b'').__name__, type(bytearray()).__name__)
print(isinstance(len, type(print)), callable(C), callable(C()), type(C) is type)
print(str(type(1.5)), str(type([])), f"{type('')}")
print(hasattr([], 'append'), hasattr([], 'nope'), getattr([], 'nope', 'dflt'))
try:
    [].nope
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    list.nope
except AttributeError as e:
    print(e)
try:
    C().zz
except AttributeError as e:
    print(e)
try:
    C.zz
except AttributeError as e:
    print(e)
import sys
try:
    sys.nope
except AttributeError as e:
    print(e)
print(dir([])[:3] if False else '', sorted(k for k in dir([]) if not k.startswith('_')))
print(sorted(k for k in dir({}) if not k.startswith('_')))
print(sorted(k for k in dir('') if not k.startswith('_')))
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__, k, v, i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k & {'a'}, i == {('a', 1), ('b', 2)}.__class__(i), len(v), 'a' in k, ('a', 1) in i)
print(isinstance(k, type(d.keys())), type(k) is type({}.keys()), type(v) is type(i))
