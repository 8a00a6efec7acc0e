# Set comparisons (subset/superset operators), equality across set and frozenset, from generators.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= b, a == {2, 1}, a != b, a > b)
print(frozenset(a) == a, frozenset(a) < b, set(x % 3 for x in range(10)) == {0, 1, 2})
print(sorted({x for x in 'hello world' if x.isalpha()}))
print(len(set(range(100)) & set(range(50, 150))), {(1, 2), (1, 2)} == {(1, 2)})
