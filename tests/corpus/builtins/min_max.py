# min and max with iterables, several arguments, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'), min('b', 'a', 'c'))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max([(1, 'b'), (1, 'a')]), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(max([3, 1, 3], key=lambda v: v), max([1, 2, 3, 2], key=lambda v: -abs(v - 2)))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    max()
except TypeError as e:
    print('TypeError', e)
