# floor, ceil, trunc, fabs return ints (except fabs) on floats of both signs.
import math
for x in (2.5, -2.5, 3.0, -0.1, 1e15 + 0.5, 7):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
print(type(math.floor(1.5)).__name__, type(math.fabs(-3)).__name__)
print(math.floor(2 ** 70), math.ceil(-(2 ** 70)))
