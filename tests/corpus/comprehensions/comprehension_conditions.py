# Comprehensions with several conditions, nested loops depending on outer variables, and unpacking.
pairs = [(a, b) for a in range(1, 6) for b in range(a, 6) if (a + b) % 3 == 0 if a != b]
print(pairs)
print([x for row in [[1, 2], [3], []] for x in row])
print({k: v for k, v in zip('abc', range(3)) if v})
print([(i, c) for i, c in enumerate('hey') if c != 'e'])
print(sorted({x % 4 for x in range(10) if x > 2}))
print([[y for y in range(x)] for x in range(4)])
