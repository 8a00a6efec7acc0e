# Integer presentation types b c d o x X n with and without # prefix.
for n in (0, 5, 255, -255, 65, 2 ** 40):
    print('{:b}|{:d}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#x}|{:#X}'.format(n, n, n, n, n, n, n, n, n))
print('{:c}{:c}{:c}'.format(72, 233, 0x2713))
print('{:#010x} {:#012b} {:+#x} {:#5o}'.format(255, 5, 255, 8))
print('{:d}'.format(True), '{:x}'.format(False))
