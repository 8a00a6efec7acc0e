# Build and drop dicts with string keys repeatedly; results summarised.
check = 0
for r in range(40):
    d = {}
    for i in range(200):
        d['key%d' % i] = i + r
    check += sum(d.values()) + len(d)
    del d
print(check)
