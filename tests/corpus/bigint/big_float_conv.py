# Big ints to float and back; comparisons of big ints with floats.
print(float(2 ** 100), float(-(10 ** 20)), float(2 ** 53 + 1))
print(int(1e20), int(-2.5e25), int(1.5e300) == int(float(1.5e300)))
print(2 ** 100 / 2 ** 90, (10 ** 30) / 10 ** 29)
print(2 ** 1000 > 1e300, 2 ** 1000 < float('inf'))
try:
    float(2 ** 2000)
except OverflowError as e:
    print('OverflowError', e)
print(int(2.0 ** 80))
