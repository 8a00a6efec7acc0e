# Messages of common builtin errors, which programs often print.
tests = [
    lambda: [1][5], lambda: {}['x'], lambda: 1 / 0, lambda: int('q'), lambda: None + 1,
    lambda: 'a' * 'b', lambda: [].pop(), lambda: undefined_var, lambda: (1).nope,
    lambda: len(5), lambda: 'abc'.index('z'), lambda: iter(5), lambda: next(iter([])),
    lambda: {}.popitem(), lambda: tuple()[0], lambda: chr(-1), lambda: [1, 2].remove(3),
    lambda: object().x, lambda: 'x' + 5, lambda: 5 + 'x', lambda: hash([]),
    lambda: int(None), lambda: abs('s'), lambda: 2 ** 'x', lambda: -'s',
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
