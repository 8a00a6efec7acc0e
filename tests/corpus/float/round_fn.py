# round() with and without ndigits: banker's rounding and exact decimal behaviour.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 3.14159, -2.5):
    print(x, round(x), round(x, 2))
print(round(123.456, -1), round(123.456, -2), round(1e20, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2), round(-0.0))
print(round(1234.5678, 1), round(-1234.5678, 3))
