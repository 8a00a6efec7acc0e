# Float comparisons with ints, big ints and special values; sort of floats.
vals = [3.5, -1.0, 2, 0.0, -0.0, 1e10, 10 ** 10, 2.5]
print(sorted(vals))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 == 1, 1.5 > 1, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(max([1, 2.0, 1.5]), min([3, 2.5, 4]))
print(float('inf') > 10 ** 400, float('-inf') < -(10 ** 400))
