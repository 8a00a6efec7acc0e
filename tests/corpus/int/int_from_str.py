# int() from strings in various bases, with signs, underscores and whitespace.
print(int('42'), int('-42'), int('+7'), int('  12  '))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('ZZ', 36), int('10', 3))
print(int('1_000_000'), int('0x_ff', 16))
print(int('123456789012345678901234567890'))
print(int('-ffffffffffffffffffff', 16))
print(int(3.99), int(-3.99), int(True))
for bad in ('', 'abc', '1.5', '0x10', '12a'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError', e)
