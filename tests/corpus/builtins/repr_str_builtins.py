# repr and str of builtin values side by side, including nested containers.
vals = [0, -1.5, 'q', "it's", b'b', None, True, [1, 'a'], (2,), {'k': [1]}, {1}, frozenset(), set(), range(3), slice(1, 2), bytearray(b'x'), 1e100]
for v in vals:
    print(repr(v), str(v))
