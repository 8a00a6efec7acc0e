# Less common str methods: index with negatives, count on unicode, str.format_map absent here, isprintable, istitle.
print('Hello World'.istitle(), 'Hello world'.istitle(), 'abc\n'.isprintable(), 'abc'.isprintable())
print('ab' * 3 == 'ababab', 'ÉÉé'.count('É'), 'x'.join('abc'))
print('a b c'.split(' ', 1), 'a b c'.rsplit(' ', 1))
print('%s' % 'ok', 'Ok'.lower().upper())
print('  spaced  '.strip().center(10, '-'))
print('ends with spaces   '.rstrip() + '|')
