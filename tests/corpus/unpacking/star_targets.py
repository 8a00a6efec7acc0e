# Starred assignment targets in every position.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'hello'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
