# enumerate with start; zip of uneven lengths, zero and many iterables; zip strict.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), range(3), range(3))))
pairs = [(1, 'a'), (2, 'b')]
nums, chars = zip(*pairs)
print(nums, chars)
print(dict(zip('xyz', range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
