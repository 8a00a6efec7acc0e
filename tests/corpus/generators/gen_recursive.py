# Recursive generators: permutations, tree walks and a lazy flatten of deep nesting.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(6)))))
def walk(d, prefix=''):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, prefix + k + '/')
        else:
            yield prefix + k, v
print(list(walk({'a': 1, 'b': {'c': 2, 'd': {'e': 3}}, 'f': 4})))
