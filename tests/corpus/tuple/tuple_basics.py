# Tuples: literals, single-element comma, indexing, slicing, concatenation, immutability.
t = (1, 'a', 2.5)
print(t, len(t), t[1], t[-1], t[::-1], t[1:])
print((), (1,), (1), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print(t + (3,), (0,) * 3, 'a' in t, t.count(1), t.index(2.5))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.index('zz')
except ValueError as e:
    print('ValueError', e)
