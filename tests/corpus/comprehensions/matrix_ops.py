# Matrix transpose, multiply and flatten with comprehensions.
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
t = [[row[i] for row in a] for i in range(2)]
prod = [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(t)
print(prod)
print([v for row in prod for v in row if v % 2 == 0])
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(ident)
