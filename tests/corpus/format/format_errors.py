# Invalid format specifications and the errors they raise.
cases = [('{:,s}', 'abc'), ('{:=}', 'abc'), ('{:c}', 1.5), ('{:.2d}', 5), ('{:#s}', 'x'), ('{:x}', 1.5), ('{:+s}', 'x')]
for spec, v in cases:
    try:
        print(spec.format(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    '{'.format(1)
except ValueError as e:
    print('ValueError', e)
try:
    '}'.format(1)
except ValueError as e:
    print('ValueError', e)
