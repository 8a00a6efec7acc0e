# Bitwise and shift operations on big ints of both signs.
x = (1 << 100) | (1 << 50) | 1
y = (1 << 99) - 1
print(x & y, x | y, x ^ y)
print(x >> 49, x << 30)
print(-x & y, -x | 7, -x ^ y)
print(~x, -x >> 60)
print(bin(x)[:20], hex(-x))
print((x & -x), (1 << 200) >> 199)
