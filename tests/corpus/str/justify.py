# center, ljust, rjust, zfill with fill characters and odd widths.
for s in ('a', 'ab', 'abc', 'abcdef'):
    print('[' + s.center(6) + ']', '[' + s.center(7, '*') + ']', '[' + s.ljust(5, '.') + ']', '[' + s.rjust(5) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), '3.14'.zfill(7), ''.zfill(3))
print('é'.center(5, 'ü'), '日本'.rjust(4, '・'))
