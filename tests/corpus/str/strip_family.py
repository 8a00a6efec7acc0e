# strip, lstrip, rstrip with default whitespace and explicit character sets.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr(''.strip()), repr('   '.strip()), 'aaa'.strip('a') == '')
print('www.example.com'.strip('cmowz.'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
