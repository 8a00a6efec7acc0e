# Truth values of every builtin type, used in if, while, and/or and not.
values = [0, 1, -1, 0.0, 0.5, '', ' ', 'False', [], [[]], (), (0,), {}, {0: 0}, set(), {0}, None, b'', b'\x00', range(0), range(1), 2 ** 100, -0.0]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F', not v)
