# all, any and sum with start, on empty and non-empty iterables.
print(all([]), any([]), all([1, 'a', [0]]), any([0, '', None]), any(x > 2 for x in [1, 3]))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(10), start=-45))
print(sum([2 ** 70, 1]), sum((1.5, 2)), sum([True, True]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
