# Shallow copies share inner lists; list() copies; equality is deep.
inner = [1, 2]
a = [inner, inner]
b = list(a)
c = a[:]
inner.append(3)
print(a, b, c, a[0] is b[0])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print([row[:] for row in m] == m)
