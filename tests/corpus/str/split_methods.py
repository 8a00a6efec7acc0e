# split and rsplit with and without separator and maxsplit.
s = '  one two   three  four '
print(s.split())
print(s.split(' '))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 2))
print('a,b,,c,'.rsplit(',', 2))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1))
print(''.split(), ''.split(','), '   '.split())
print('abc'.split('abc'), 'x'.split('y'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
