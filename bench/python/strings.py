# Benchmark: string building, slicing, methods and formatting. Checksum over all text produced.
# Sized for the standard board's 1 MiB heap: only every 8th line is kept.
ROUNDS = 100000
check = 0
lines = []
for i in range(ROUNDS):
    s = 'item-{:05d}|{:>8.3f}|{:<6}|{:#x}'.format(i, i / 7, 'ab' * (i % 3), i * 31)
    t = s.upper().replace('ITEM', 'it').split('|')
    u = '%s:%d:%s' % (t[0], len(t[1].strip()), t[3][::-1])
    v = f'{u}/{i % 97:03}/{"x" * (i % 5)}'
    if v.startswith('it-0') and 'A' not in v and i % 8 == 0:
        lines.append(v)
    for ch in v[-12:]:
        check = (check * 131 + ord(ch)) % 4294967291
text = '\n'.join(lines)
words = text.split('/')
print('lines', len(lines), 'words', len(words), 'chars', len(text), 'check', check)
print(lines[0], lines[-1])
