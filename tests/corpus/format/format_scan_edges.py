# str.format's scanner (literal runs up to the next brace, the field's closing brace, nested
# specs) and ord() of one-byte and multi-byte characters, at their edges.
print('a\x00b{}c\x00'.format(1) == 'a\x00b1c\x00', len('x\x00{}\x00y'.format('zz')))
print('{}'.format(5), '{{}}'.format(), '{{{}}}'.format(7), 'x{0}{0}y'.format('-'))
print('{:>{w}}|{:{f}^{w}}|'.format('r', 'c', w=6, f='*'))
print('{:{}}|{:>{}.{}f}|'.format('ab', 5, 3.14159, 9, 2))
print('é{}ü{:>4}ß'.format('ö', 'ä'), '{0!r:>8}'.format('q'), '{!s}'.format(3))
print('{:05d}|{:>8.3f}|{:<6}|{:#x}'.format(42, 42 / 7, 'ab', 42 * 31))
print('{a[0]}-{b[k]}-{c.real}'.format(a=[9], b={'k': 'v'}, c=2))
for bad in ['{', '}', 'a}b', '{!x}', 'x}}y}']:
    try:
        print(repr(bad.format(1, 2)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('%s|%5s|%-5s|%d|%05d|%x|%.2f|%r|%%' % ('a', 'b', 'c', -3, 42, 255, 2.675, 'q'))
print(ord('a'), ord('\x00'), ord('\x7f'), ord('é'), ord('€'), ord('😀'), ord(b'z'))
for bad in ['', 'ab', 'éé']:
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
class S(str):
    pass
print('{}/{}'.format(S('x'), S('')), S('{}-{}').format(1, 2))
