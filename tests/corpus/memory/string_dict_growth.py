# A dict that grows to a few thousand string keys, then is cleared and reused.
d = {}
for rnd in range(3):
    for i in range(1500):
        d['%d:%d' % (rnd, i)] = i * rnd
    print(rnd, len(d), d['%d:1499' % rnd])
    d.clear()
print(len(d))
