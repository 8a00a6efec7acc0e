# splitlines with and without keepends; join with various separators.
t = 'line1\nline2\r\nline3\rline4\n\nend'
print(t.splitlines())
print(t.splitlines(True))
print(''.splitlines(), 'x\n'.splitlines())
print(', '.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join([]))
print('\n'.join(str(i) for i in range(3)))
print(' '.join(('tuple', 'items')), '.'.join({'k': 1}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
