# str() of floats across magnitudes: when exponent notation kicks in.
for e in range(-8, 20, 3):
    x = 1.25 * 10.0 ** e
    print(e, x, -x)
print(1e16, 1e15 + 0.5, 123456789012345.6)
print(0.0001, 0.00001, 1e-7)
print(float(10 ** 16), float(10 ** 15))
