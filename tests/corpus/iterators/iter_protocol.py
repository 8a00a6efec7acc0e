# The iterator protocol on builtins: iter() of an iterator is itself; exhausted stays exhausted.
for src in ([1, 2], (3,), 'xy', {'k': 1, 'j': 2}, range(2), b'\x01'):
    it = iter(src)
    print(type(src).__name__, iter(it) is it, list(it), list(it))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print('skip', next(it))
    else:
        print('got', x)
