# The g presentation: switching between fixed and exponent, trailing zeros.
for x in (0.0001, 0.00001, 123456.0, 1234567.0, 1e15, 1e16, 100.0, 0.1, 1.0 / 3):
    print('{:g} {:.2g} {:.10g} {:#.4g} {}'.format(x, x, x, x, x))
print('{:g}'.format(10 ** 6), '{:.3g}'.format(-0.0), '{:g}'.format(2 ** 60))
