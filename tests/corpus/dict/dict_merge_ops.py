# The | and |= operators on dicts, ** unpacking into dict displays.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
print({**a, **b, 'w': 0}, {**b, 'y': -1})
print(dict(**a), dict(a, **b))
