# expandtabs, str multiplication by bool, in-place building with lists.
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '12345\t6'.expandtabs(4))
parts = []
for i in range(5):
    parts.append('x' * i)
print('|'.join(parts))
print('abc' * True, repr('abc' * False))
print('Hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans('abc', 'xyz') == {97: 120, 98: 121, 99: 122}, 'aabbcc'.translate(str.maketrans('abc', 'xyz')))
