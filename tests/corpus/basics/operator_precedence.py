# Operator precedence and associativity: **, unary minus, not, comparisons, bitwise, boolean.
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 - 3 - 2, 2 * 3 % 4, 100 // 7 * 7)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, ~1 + 1, -~5)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(3 > 2 and 2 > 1, 1 < 2 == 2, 'a' in 'abc' == True)
print(True + True * 2, -3 % 5, -(3 % 5))
