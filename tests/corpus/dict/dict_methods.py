# get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('c', 3), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d.update({'x': 7}, y=8)
d.update([('z', 9)])
print(d)
print(d.popitem(), d)
e = d.copy()
e['a'] = 'changed'
print(d['a'], e['a'])
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
e.clear()
print(e, len(e))
try:
    {}.popitem()
except KeyError as err:
    print('KeyError', err)
