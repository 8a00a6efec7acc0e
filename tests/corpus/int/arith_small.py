# Small-int arithmetic: + - * / // % ** and unary operators.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, abs(-a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3)
print(7 / 7, 1 / 4, 10 / 4)
print(2 ** -1, 10 ** -2)
print(100 - 200, 3 * -4)
