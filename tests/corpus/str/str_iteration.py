# Iterating strings, reversed, sorted characters, enumerate over text.
s = 'stressed'
print(''.join(reversed(s)), sorted(s), list(s))
for i, ch in enumerate('héj'):
    print(i, ch, ord(ch))
print(min('hello'), max('hello'), 'hello'.index(max('hello')))
print(list(map(str.upper, 'abc')))
print(set('mississippi') == {'m', 'i', 's', 'p'}, sorted(set('mississippi')))
