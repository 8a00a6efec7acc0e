# The direct paths of str(i), f"{i}", "%d" / "%s" and str.format literal runs against the general
# formatter: negatives, zero, the 2**62 small-int edge, 2**63 / 2**64 limb edges, bool, int/str
# subclasses (their __str__ / __format__), error messages, nested specs.
for v in (0, 1, -1, 9, 10, 99, 100, -100, 12345, -99999, 2**31, -2**31, 2**62 - 1, -2**62, 2**63, -2**63, 2**64 - 1, 2**64, -2**64 + 1, 10**19, 10**20, True, False):
    print(str(v), repr(v), '%d' % v, '%i|%s' % (v, 'x'), 'k%d' % v, f'{v}', f'{v:5}', f'{v:03}', f'{v:<4}|', '{:05d}'.format(v), '{:#x}'.format(v), '%5d|%-5d|%05d' % (v, v, v), format(v, ''), format(v, ','), '%s' % v, '%.3d' % v)
print('%s-%s' % ('a', 'b'), '%s' % 'solo', '%s' % ('t',), '%d%%' % 5, '%(a)s %(b)d' % {'a': 'x', 'b': 3})
class S(str):
    def __str__(self): return 'sub'
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
print('%s %d' % (S('q'), I(7)), f'{I(7)}', str(I(7)), '%s' % I(8))
try: print('%d' % 'x')
except TypeError as e: print(e)
try: print('%d %d' % (1,))
except TypeError as e: print(e)
try: print('%d' % (1, 2))
except TypeError as e: print(e)
print(b'%d %s' % (5, b'x'))
print(format(1.5, ''), f'{2.25:8.3f}|', '%5.1f' % 3.14159, f'{-0.0}', f'{1e300*10}')
print('item-{:05d}|{:>8.3f}|{:<6}|{:#x}'.format(7, 7 / 3, 'ab', 31), '{{}}{}}}'.format(1), '{0:{1}}|'.format(5, 4), '{:{}{}}|'.format(3, '>', 6))
print('{}{{'.format('a'), '{:}'.format(12), 'x{0!r:>6}y'.format('s'), f'{3.5:{"^"}9}|', '{a}-{b:03}'.format(a=1, b=2))
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
print('{:abc} {} {:{}}'.format(F(), F(), F(), 'xy'), f'{F():q}', format(F(), 'z'))
try: '{:d}'.format('s')
except ValueError as e: print(e)
try: '{'.format(1)
except ValueError as e: print(e)
try: '}'.format(1)
except ValueError as e: print(e)
print('%s' % [1, 2], '%s' % (None,), '%d' % -7, 'a%sb%dc' % ('', 0))
