# keys/values/items views are live; keys views support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
d['d'] = 4
print(list(k), list(v), list(it), len(k))
print('a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z', 'c'}), sorted(k | {'q'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
del d['a']
print(list(k))
print(list(reversed(d)), list(reversed(d.values())))
