# Bitwise operators on negative ints behave as infinite two's complement.
print(-1 & 0xFF, -256 & 0xFF, -5 | 3, -5 ^ 3, ~0, ~-1)
print(-8 >> 1, -1 >> 10, -9 >> 2, 5 << 3, -5 << 3)
print(-(2 ** 65) & 0xFFFF, -(2 ** 65) >> 60, (-1) << 70)
print(0x0F0F & -0x100, 12345 ^ -12345)
print((1 << 64) - 1 & -(1 << 32))
print(-123456789012345678901234567890 | 0xFF)
print(~(2 ** 80))
for n in (-3, -2, -1, 0, 1, 2):
    print(n, n & 1, n | 1, n ^ 1, n >> 1, n << 1)
