# Chained and tuple assignment, swaps, evaluation order.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
p = q = []
p.append(1)
print(q)
(a, b), c = (1, 2), 3
print(a, b, c)
[d, e] = 'hi'
print(d, e)
