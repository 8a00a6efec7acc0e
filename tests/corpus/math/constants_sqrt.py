# math constants and sqrt on values with exact results.
import math
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e10), math.sqrt(0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
print(math.tau == 2 * math.pi)
