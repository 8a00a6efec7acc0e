# Conversions between big ints and strings in bases 2, 8, 10, 16.
n = 2 ** 130 + 12345
print(bin(n))
print(oct(n))
print(hex(n))
print(int(bin(n), 0) == n, int(hex(n), 16) == n, int(oct(n), 8) == n)
s = '9' * 60
print(int(s) + 1)
print(int('-' + s) - 1)
print(str(-n))
