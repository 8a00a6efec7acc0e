# Accumulating floats in a loop: the exact rounding sequence must match CPython.
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
t = 1.0
for i in range(20):
    t = t * 1.5 - 0.25
print(t)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
print(sum([0.1] * 10))
