# dict literals, lookup, assignment, deletion, len, membership, KeyError.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'c' in d, 'z' in d, 'z' not in d)
del d['b']
print(d)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', repr(e))
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'a': 1}, b=2))
print({1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float'})
