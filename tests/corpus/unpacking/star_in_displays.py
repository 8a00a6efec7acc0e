# * and ** unpacking inside list, tuple, set and dict displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *'xy'), sorted({*a, *b, 1}), [*range(3)])
d1 = {'a': 1}
d2 = {'b': 2, 'a': 0}
print({**d1, **d2}, {**d2, **d1, 'c': 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{'z': 26}))
print(*[1, 2], *'ab', sep='|')
