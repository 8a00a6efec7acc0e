# Comparisons between ints of all sizes and with floats.
vals = [0, 1, -1, 2 ** 30, 2 ** 62, 2 ** 64, -(2 ** 64), 10 ** 20]
for a in vals[:4]:
    print([a < b for b in vals])
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(3 < 3.5, -(2 ** 100) < -1e30, 10 ** 400 > 1e308)
print(max(3, 2 ** 70, -5), min(3, -(2 ** 70), 5))
