# Shifts: by zero, by large counts, negative counts (ValueError), and of negative numbers.
print(1 << 0, 1 << 63, 1 << 64, 1 << 100, 5 >> 0, 5 >> 3, (1 << 100) >> 99, -1 << 63)
print(123 >> 100, -123 >> 100, (2 ** 64 + 5) >> 64, -(2 ** 64) >> 1)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -5
except ValueError as e:
    print('ValueError', e)
