# Iterating ranges, reversed ranges and zip with ranges.
for i in reversed(range(1, 10, 3)):
    print(i, end=' ')
print()
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print(max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
