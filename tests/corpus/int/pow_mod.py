# Three-argument pow, including big exponents and negative exponent with modulus.
print(pow(3, 200, 7), pow(2, 1000, 1000007), pow(7, 0, 5), pow(5, 3, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -3, 11))
print(pow(2, 100), pow(-2, 101))
print(pow(10 ** 30, 3, 10 ** 15 + 37))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
