# A dict with thousands of int and string keys: insert, lookup, delete, re-insert.
d = {}
for i in range(3000):
    d[i] = i * 3
for i in range(0, 3000, 2):
    del d[i]
print(len(d), d[1], d[2999], 2 in d)
for i in range(0, 3000, 4):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:])
s = {}
for i in range(1000):
    s['k' + str(i)] = i
print(len(s), s['k999'], sum(s.values()))
