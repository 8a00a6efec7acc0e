# Building a long string with join vs repeated +=; both give identical text.
parts = []
s = ''
for i in range(500):
    piece = str(i * i)[-3:]
    parts.append(piece)
    s += piece
j = ''.join(parts)
print(len(s), s == j, s[:30], s[-30:], j.count('1'))
