# Union, intersection, difference, symmetric difference: operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([2, 3, 7])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), {1}.issuperset(set()), a.isdisjoint({9}), a <= a, a < a, {1} < a)
c = set(a)
c |= {7}
c &= {1, 7, 3}
c -= {1}
c ^= {100}
print(sorted(c))
c.update([8, 9], (10,))
print(sorted(c))
