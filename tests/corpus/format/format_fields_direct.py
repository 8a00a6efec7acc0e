# str.format fields of builtin ints, floats and strs are formatted straight into the result;
# bools, subclasses, objects with __format__ and nested specs must keep their own paths.
class MyInt(int):
    pass
class Fmt:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __str__(self):
        return 'F'
class StrSub(str):
    def __format__(self, spec):
        return 'sub:' + spec
print('{}|{}|{}|{}'.format(0, -7, 2**63, -2**70))
print('{:05d}|{:>8.3f}|{:<6}|{:#x}'.format(42, 1 / 7, 'ab', 255))
print('{}|{}|{:d}|{:5}|{!r}'.format(True, False, True, False, True))
print('{}|{:>6}|{:x}'.format(MyInt(5), MyInt(6), MyInt(255)))
print('{}|{:abc}|{!s:>4}'.format(Fmt(), Fmt(), Fmt()))
print('{}|{:q}'.format(StrSub('x'), StrSub('y')))
print('{:{}}|{:>{w}.{p}f}|{:{fill}^9}'.format(3, 5, 2.5, 'mid', w=8, p=2, fill='*'))
print('{0}{1}{0}|{name}|{0:*^7}'.format('a', 'b', name='n'))
print('{}|{}|{:.0}|{:10.4}'.format(1.5, -0.0, 'xyz', 'abcdefgh'))
print('{:,}|{:_x}|{:+}|{: }|{:=+8}'.format(1234567, 0xabcdef, 5, 5, -3))
print('{}'.format('é' * 3), '{:é^9}'.format('ü'), '{:>4}'.format('ñ'))
print('x' * 200 + '{:>150}'.format(12) + '{}'.format('y' * 300))
print('{:{{}}}'.format if False else 'skip', '{{}}{}'.format(1), '{}}}'.format(2))
for bad in ['{:05s}', '{:+s}', '{:q}', '{:,b}', '{!x}', '{']:
    try:
        print(bad.format('s' if 's' in bad else 5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print('{:d}'.format('s'))
except ValueError as e:
    print('ValueError', e)
print('%s-%d-%5s-%-4d|%x|%c' % ('a', 7, 'b', 3, 255, 65))
print('k%d' % 12, '%s' % 'only', '%%|%r' % ('q',))
