# sin, cos, exp, log at points whose results are exact or stable in repr.
import math
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.exp(0), math.exp(1) == math.e, math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log10(1000), math.log2(1024), round(math.exp(2), 12), round(math.log(10), 12))
print(math.atan2(1, 1) * 4 == math.pi, math.atan(1), math.tan(0), math.asin(1), math.acos(1))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.exp(-3), 12))
try:
    math.log(0)
except ValueError as e:
    print('ValueError', e)
