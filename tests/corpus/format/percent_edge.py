# % formatting edge cases: %% with args, %s of tuples, %r of strings, %c, width from * and padding.
print('100%% done: %d%%' % 50)
print('%s' % ((1, 2),), '%r' % 'x', '%r' % (None,), '%5s|%-5s|' % ('ab', 'cd'))
print('%c%c%c' % (80, 'y', 0x263A), '%03d|%+.2f|%x' % (-5, 2.345, -255))
print('%.0f %.0f %.0f %e' % (0.5, 1.5, 2.5, 0))
print('%s %s' % ('only', 'two'), '%(a)s-%(a)s' % {'a': 'rep'})
try:
    '%s %s' % ('one',)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError', e)
