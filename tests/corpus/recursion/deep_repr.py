# repr/str and == of deeply nested (but not too deep) lists, dicts and tuples.
x = []
cur = x
for i in range(60):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s = repr(x)
print(len(s), s[:40], s[-40:])
d = {}
cur = d
for i in range(40):
    cur['k'] = {}
    cur = cur['k']
print(str(d).count('{'), x == eval(s))
t = ()
for i in range(50):
    t = (t, i)
print(repr(t)[:30], repr(t).count('('))
