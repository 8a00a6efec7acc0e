# float methods: is_integer, as_integer_ratio, hex via float.hex, conversion to int.
for x in (1.0, 1.5, -2.0, 0.1, 1e20):
    print(x, x.is_integer(), x.as_integer_ratio())
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex())
print(int(1e19), int(-0.9), int(2.9999))
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
