# List comprehensions: filters, nested loops, conditional expressions, nested comprehensions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([x if x % 2 else -x for x in range(6)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m], [list(t) for t in zip(*m)])
print([c for w in ['ab', 'cd'] for c in w], [])
