# Tuple comparison is lexicographic; tuples of hashables are hashable dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
d = {(0, 0): 'origin', (1, 2): 'p'}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
print(hash((1, 2)) == hash((1, 2)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print(max([(1, 'x'), (1, 'y')]), min((3, 1), (2, 9)))
