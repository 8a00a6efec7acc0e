# sorted on various iterables, reversed on sequences; reversed is an iterator.
print(sorted('cab'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted(x % 5 for x in range(12)))
print(sorted([3, 1, 2], reverse=True), sorted(['B', 'a', 'C'], key=str.lower))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
