# Many temporary strings from concatenation, join and formatting.
acc = 0
for r in range(300):
    s = ''
    for i in range(20):
        s += chr(65 + (i + r) % 26)
    t = '-'.join([s] * 5)
    acc = (acc * 31 + len(t) + ord(t[r % len(t)])) % 1000000007
print(acc)
