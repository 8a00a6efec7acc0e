# The 0 flag: zero padding with signs, prefixes and floats.
for v in (7, -7, 3.25, -3.25):
    print('{:08}|{:+08}|{:08.2f}'.format(v, v, float(v)))
print('{:#010x}|{:#010b}|{:010,}'.format(-255, 5, 1234567))
print('{:05s}|{:<05}|{:^07}'.format('ab', 12, 12))
