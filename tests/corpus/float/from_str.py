# float() parsing of decimal, exponent, sign, whitespace and special values.
for s in ('3.14', '-2.5', '  1e10 ', '1E-3', '.5', '5.', '+0.0', '-0', '1_000.5', 'inf', '-iNF', 'nan', '0.1', '123456789012345678901234567890'):
    print(repr(s), float(s))
for bad in ('', 'abc', '1.2.3', '1e', '--1'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(float(7), float(-2 ** 60), float(True))
