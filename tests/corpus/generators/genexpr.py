# Generator expressions: laziness, single use, in function calls, nested.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5, 1]))
print(''.join(c.upper() for c in 'abc' if c != 'b'))
data = [3, 1, 2]
g2 = (x for x in data)
data.append(10)
print(list(g2))
