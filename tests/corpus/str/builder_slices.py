# Strings built by the builder (join, replace, case mapping, repeat, f-strings, %), slices of
# ASCII and non-ASCII text, and the pieces split/strip/partition cut: lengths, hashes, equality.
ascii_s = 'Hello, World! item-00042|abc|xyz_Q9'
uni = 'Grüße, Ωμέγα! ﬁx ß ǅ 😀 end'
for s in (ascii_s, uni, '', 'a', 'É'):
    print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()))
    print(len(s.upper()), len(s.casefold()), s.upper().lower() == s.lower())
for s in (ascii_s, uni):
    print(s[::-1], s[::2], s[1::3], s[-1:-8:-2], s[5:], s[:-4], s[3:3], len(s[::-1]), len(s[2:9]))
    print(s[::-1][::-1] == s, hash(s[::-1][::-1]) == hash(s), s[7:12] == s[7:12].upper().lower() or s[7:12])
    for sep in (None, '|', ', ', 'ß', '😀'):
        parts = s.split(sep)
        print(sep, parts, [len(p) for p in parts], s.rsplit(sep, 1), (sep or '~').join(parts) == s or sep is None)
    print(s.partition('|'), s.rpartition(' '), s.strip('Hd😀'), s.removeprefix('Gr'), s.removesuffix('end'))
print('  padded\t\n'.strip(), '\u3000wide\u2003'.strip(), 'x'.center(9, '·'), 'ab'.zfill(5))
lines = '\n'.join('line %d: %s' % (i, 'é' * (i % 4)) for i in range(40))
print(len(lines), lines.count('é'), lines.splitlines()[-1], len(lines.splitlines(True)))
acc = ''
for i in range(300):
    acc += chr(0x41 + i % 26) if i % 7 else 'ü'
print(len(acc), acc[:30], acc[-10:], acc.count('ü'), hash(acc) == hash(''.join(list(acc))))
r = ('abc|' * 200).replace('|', '<->').replace('b', 'ßß')
print(len(r), r[:24], r[-12:])
big = 'ab' * 400
print(len(big * 3), (big * 3)[797:804], len(f'{big}{uni}{big}'), f'{uni}!{ascii_s}'[20:40])
print(len(repr(uni * 20)), repr('\x00\t\'"é\u200b' * 3))
print('é' * 0 == '', ('é' * 3)[1], ('x' + 'é')[1:], 'é' in uni, 'Ω' in ascii_s, '' in '')
print([c for c in 'aé😀b'], list(reversed('aé😀b')), [ord(c) for c in uni[-7:]])
print(str(12345)[1:4], str(-7.5)[::-1], ascii(uni)[:30], '%s|%5s|%-5s|' % ('é', 'é', 'ü'))
d = {ascii_s[7:12]: 1, 'World': 2}
print(d, 'World' == ascii_s[7:12], ascii_s[7:12] in d)
