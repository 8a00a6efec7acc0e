# Keys of many hashable types in one dict; lookups by equal values of other types.
d = {0: 'zero', 'a': 'str', (1, 2): 'tuple', frozenset([1]): 'fset', None: 'none', 2.5: 'float', b'k': 'bytes', True: 'true?'}
print(len(d), d[0], d[1], d[(1, 2)], d[frozenset({1})], d[None], d[2.5], d[b'k'])
print(list(d.keys()))
