# startswith/endswith with strings, tuples of candidates and ranges.
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith('name', 4))
print(s.endswith('.gz'), s.endswith(('.zip', '.gz')), s.endswith(('.zip', '.rar')))
print(s.startswith(('x', 'y', 'fi')), s.endswith('tar', 0, 12), s.startswith(''))
print('abc'.startswith('abcd'), ''.endswith(''))
try:
    s.startswith(['file'])
except TypeError as e:
    print('TypeError', e)
