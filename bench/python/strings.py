# Benchmark: string building, slicing, methods and formatting. Checksum over all text produced.
# Sized for the standard board's 1 MiB heap: only every 64th line is kept. (Keeping every 8th, ~1,000
# small strings allocated among the garbage pin the non-moving heap so that growing the list finds
# no contiguous hole: MemoryError with 700 KB free.)
ROUNDS = 100000
check = 0
lines = []
for i in range(ROUNDS):
    s = 'item-{:05d}|{:>8.3f}|{:<6}|{:#x}'.format(i, i / 7, 'ab' * (i % 3), i * 31)
    t = s.upper().replace('ITEM', 'it').split('|')
    u = '%s:%d:%s' % (t[0], len(t[1].strip()), t[3][::-1])
    v = f'{u}/{i % 97:03}/{"x" * (i % 5)}'
    if v.startswith('it-0') and 'A' not in v and i % 64 == 0:
        lines.append(v)
    for ch in v[-12:]:
        check = (check * 131 + ord(ch)) % 4294967291
text = '\n'.join(lines)
words = text.split('/')
print('lines', len(lines), 'words', len(words), 'chars', len(text), 'check', check)
print(lines[0], lines[-1])
