# map and filter: lazy iterators, several iterables, None as predicate.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(sum(map(int, '12345')), list(map(pow, [2, 3], [3, 2])))
