# Truthiness, abs, divmod and round of ints, int() of ints, underscores in literals.
print(1_000_000, 0x_FF, 0o17, 0b1010_1010)
print(bool(0), bool(-1), bool(2 ** 100))
print(abs(-(2 ** 100)), divmod(2 ** 100, 12345))
print(round(12345, -2), round(12355, -1), round(-2550, -2), round(7))
print(int(2 ** 100) == 2 ** 100, int(-17))
print(0xdeadbeef, 0o755, 0B11)
print(10 ** 18 * 10 ** 18)
