# Small int arithmetic that overflows machine words silently becomes big ints.
x = 1
for i in range(70):
    x *= 2
print(x, x.bit_length())
y = 2 ** 62
print(y + y, y * 4, y * y)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, (2 ** 63) - 1 + 1)
print(-(-(2 ** 63)), abs(-(2 ** 63)))
z = 2 ** 100 - 2 ** 100
print(z, type(z).__name__, z == 0)
print(2 ** 64 // 2 ** 32, 2 ** 64 % 1000)
