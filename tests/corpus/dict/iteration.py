# Iterating dicts: keys, items, values; modifying during iteration is an error.
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=>', v)
print(sum(d.values()), max(d, key=d.get), sorted(d, key=len))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
