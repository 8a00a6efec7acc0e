# Fibonacci numbers well past 64 bits.
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length())
