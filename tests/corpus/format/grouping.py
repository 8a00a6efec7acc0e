# Grouping with , and _ for ints and floats, combined with width and zero padding.
for n in (0, 999, 1000, -1234567, 12345678901234567890):
    print('{:,} {:_} {:>15,} {:015,}'.format(n, n, n, n))
print('{:_x} {:_b} {:_o}'.format(0xDEADBEEF, 255, 2 ** 20))
print('{:,.2f} {:_.3f} {:,}'.format(1234567.891, -9876543.21, 1234.5))
print('{:,d}'.format(10 ** 12), '{:020,.1f}'.format(-12345.678))
