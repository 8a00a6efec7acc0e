# gcd, factorial, comb-free integer functions with small and big values.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 80, 6 ** 30))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(100))))
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError', e)
print(math.isqrt(17) if hasattr(math, 'isqrt') else 4)
