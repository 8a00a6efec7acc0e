# type() of values, type() comparisons, object() instances, type as a function.
print(type(1), type('a'), type([]), type(None), type(1.0), type(range(1)))
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type)
o = object()
p = object()
print(o == o, o == p, o is not p, type(o).__name__)
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
class K: pass
print(type(K()) is K, type(K).__name__, str(int), repr(str), str(K)[:8])
