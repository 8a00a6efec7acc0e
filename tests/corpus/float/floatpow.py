# float ** float and pow(): the last digit as CPython's (the C library's pow) prints it
bases = [2.0, 3, 5, 7, 10, 0.5, 1.1, 1.5, 2.5, 3.7, 0.3, 123.456, 1e-5, 1e10, 0.999, 1.0001, 9.81, 2.718281828459045, 3.141592653589793, 6.02e23, 1.6e-19, 17, 255.5]
exps = [1.5, 0.25, -0.5, 1/3, 2.5, -1.5, 0.1, 3.0, 7.0, -3.0, 10.0, 0.75, 1.25, -2.5, 22.0, -0.1, 53.0, 0.2, 1.7, -0.75, 12.5, 100.0, -7.3, 0.01]
n = 0
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except OverflowError as ex:
            row.append('OverflowError')
        n += 1
    print(b, ' '.join(row))
# integral exponents, negative bases, pow() and the special values
for b in [-2.0, -3.5, -0.7, -1.1, 1.1, 0.9]:
    print(b, [b ** k for k in [-7.0, -3.0, -1.0, 3.0, 5.0, 9.0, 15.0, 31.0, 63.0]])
print([pow(float(k), 0.5) for k in range(2, 12)], [pow(k, 1/3) for k in [8, 27, 64, 100, 1000]])
specials = [0.0, -0.0, 1.0, -1.0, float('inf'), float('-inf'), float('nan'), 2.0, -2.0, 0.5, -0.5, 5e-324, 1e308]
for x in specials:
    row = []
    for y in [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, float('inf'), float('-inf'), float('nan'), 2.0 ** 60, -(2.0 ** 60)]:
        try:
            row.append(repr(x ** y))
        except (OverflowError, ZeroDivisionError, ValueError) as ex:
            row.append(type(ex).__name__)
    print(repr(x), ' '.join(row))
# pseudo-random bases and exponents (a fixed linear congruential sequence)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
for row in range(30):   # rows of ten: one 300-item line does not fit the tiny board's RAM
    out = []
    for i in range(10):
        x = rnd() * 20
        y = rnd() * 16 - 8
        out.append(repr(x ** y))
    print(' '.join(out))
print(1.0001 ** 100000.5, 0.9999 ** 12345.6, 1.5 ** 1000.5, 2.0 ** -1074, 2.0 ** -1075.5, 10.0 ** -310)
import math
print(math.pow(3, 1.5), math.pow(2.5, -3.3), math.pow(7.0, 1 / 7), math.pow(10, 0.3))
