# iter() and next() with defaults; iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = ['a', 'b', '', 'c']
pos = iter(data)
print(list(iter(lambda: next(pos), '')))
s = iter('xy')
print(iter(s) is s, list(s))
try:
    next(iter(()))
except StopIteration:
    print('StopIteration')
