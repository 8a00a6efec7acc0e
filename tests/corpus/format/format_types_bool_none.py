# Formatting bool, None and containers with format specs and conversions.
print('{} {} {}'.format(True, None, [1, 'a']))
print('{:>6} {:<6}| {:^8}'.format(str(True), str(None), str((1,))))
print('{:d} {:5} {:<5}| {:x}'.format(True, False, True, True))
print('{!r:>10} {!s:<8}|'.format(None, [None]))
print(f'{True:>5}|{None!r:>6}|{[1, 2]!s:*^10}')
try:
    '{:>5}'.format(None)
except TypeError as e:
    print('TypeError', e)
