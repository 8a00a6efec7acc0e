# list construction, indexing, len, membership, concatenation, repetition.
a = [1, 'two', 3.0, None, [5]]
print(a, len(a), a[1], a[-1][0], 3.0 in a, 'x' in a)
print([1, 2] + [3], [0] * 4, [[]] * 2, list('abc'), list(range(3)), list())
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
b = [[0] * 2] * 2
b[0][0] = 9
print(b)
try:
    a[10]
except IndexError as e:
    print('IndexError', e)
