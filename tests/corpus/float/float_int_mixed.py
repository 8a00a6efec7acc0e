# Mixed int/float arithmetic with big ints and the exactness of int/float comparisons.
print(2 ** 70 + 0.5, 2 ** 70 * 1.0, (2 ** 70) / 3, 10 ** 20 / 10 ** 10)
print(1 / 3 * 3 == 1.0, 7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -3, 2 ** 1023 * 2.0 ** -1000)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1, 9007199254740993 == 9007199254740992.0)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
print(10 ** 400 / 10 ** 399)
