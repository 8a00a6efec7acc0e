# str.find / in / count / replace / split / partition on short haystacks and near the end, where
# the search reads its last candidates as one word (the bytes before the start position masked).
hay = ['', 'a', 'ab', 'ba', 'aab', 'abcabc', 'xyzxyzx', 'aaaaaaaa', 'abcdefgh', 'abcdefghi',
       'hello world!', '`a`b`c', 'a`a`a`', 'zzzzzzzzzzzzzzzy', 'é-ü-é', '|a||b|', 'aXbXcXdXeXfXgX']
needles = ['', 'a', 'b', '`', 'ab', 'ba', 'abc', 'y', 'x', 'zy', 'é', '-', '|', 'X', 'gX', 'hi']
for h in hay:
    row = []
    for n in needles:
        row.append(h.find(n))
        row.append(h.rfind(n))
        row.append(h.count(n))
        row.append(n in h)
        for start in (1, 3, 6, 9):
            row.append(h.find(n, start))
    print(repr(h), row)
for h in hay:
    print(repr(h), h.split('a'), h.split('|'), h.replace('a', '<>'), h.partition('b'), h.rpartition('b'))
# a byte one above a match: 'a' (0x61) then '`' (0x60) at the end, searched from past the 'a'
print('xa`'.find('`', 2), 'xa`'.find('a', 2), 'ab`a'.find('`a', 1), '`a'.find('a', 1))
for i in range(12):
    s = 'q' * i + 'ab'
    print(i, s.find('b'), s.find('ab'), s.find('b', i + 2), s.find('a', i), 'ab' in s, s.find('qa'))
