# Appending to a list while iterating over it sees new items; set/dict size change errors.
lst = [1, 2, 3]
for x in lst:
    if x < 4:
        lst.append(x + 3)
print(lst)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1}
try:
    for k in d:
        del d[k]
        d['b'] = 2
except RuntimeError as e:
    print('RuntimeError', e)
