# printf-style % formatting with flags, widths, precisions and a dict.
print('%d %i %s %r' % (42, -7, 'str', 'rep'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-10, 1e20))
print('%s and %s' % ('a', 'b'), '%s' % (1,), '%s' % [1, 2], '%%', '%.3s' % 'abcdef')
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 9})
print('%*d|%-*s|%.*f' % (6, 1, 4, 'x', 2, 1.23456))
try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
