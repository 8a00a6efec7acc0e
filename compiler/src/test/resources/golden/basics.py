x = 1
y = -2 + 3 * 4
big = 2 ** 100
z = x + y * big
s = 'a' 'b' + 'c'
t = (1, 2.5, 'three', None, True, ...)
f = 1e300 * 10
n = not x
print(x, y, z, s, t, -x, ~y, +z)
