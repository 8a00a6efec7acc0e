# Dict equality ignores order; keys that compare equal collide (1, 1.0, True).
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != {'x': 1}, list(a) == list(b))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
m = {}
m[(1, 2)] = 'a'
m[(1, 2)] = 'b'
print(m)
