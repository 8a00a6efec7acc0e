# pass statements and del of names, list items, dict keys and attributes.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class P: pass
p = P(); p.a = 1; p.b = 2
del p.a
print(hasattr(p, 'a'), p.b)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
