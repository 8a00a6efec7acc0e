# String keys built at run time must find the equal key already in a dict (same hash, another
# object), while unequal strings of one length, empty strings, non-ASCII strings and a str subclass
# with its own __eq__/__hash__ keep CPython's behaviour.
d = {}
for i in range(300):
    k = 'k%d' % (i % 37)
    d[k] = d.get(k, 0) + 1
print(len(d), sorted(d.items())[:5])
e = {'': 1, 'a': 2, 'ab': 3, 'abcdefg': 4, 'abcdefgh': 5, 'abcdefghi': 6, 'é': 7, 'éé': 8, 'ü1234567': 9}
for s in ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'é', 'éé', 'ü1234567']:
    k = ''.join(list(s))
    e[k] = e[k] * 10
    print(repr(k), k in e, e[k])
print(e)
for s in ['b', 'abcdefh', 'abcdefgi', 'abcdefghj', 'è', 'x' * 40]:
    print(repr(s), ''.join(list(s)) in e)

class Loose(str):
    def __hash__(self):
        return hash('same')
    def __eq__(self, other):
        return True
h = {'same': 0}
h[Loose('other')] = 1
print(h)

m = {'a': 1, 'b': 2}
try:
    for k in m:
        m['c' + k] = 3
except RuntimeError as ex:
    print('RuntimeError', ex)
n = {'x%d' % i: i for i in range(10)}
try:
    for k in n:
        del n[k]
except RuntimeError as ex:
    print('RuntimeError', ex)
print(sorted(n))
