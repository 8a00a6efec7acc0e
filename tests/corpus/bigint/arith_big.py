# Big int + - * // % with mixed signs.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a, b // -a, b % -a)
print(divmod(a * b + 17, a))
print(a * a - b * b)
print((a << 100) >> 100 == a)
