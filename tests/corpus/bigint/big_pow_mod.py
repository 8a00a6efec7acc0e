# Modular exponentiation with big moduli (Fermat test on known numbers).
p = 2 ** 127 - 1
print(pow(3, p - 1, p))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(12345678901234567890, 65537, 2 ** 64 + 13))
n = 561
print(pow(2, n - 1, n))
print(pow(5, 2 ** 40, 10 ** 30))
