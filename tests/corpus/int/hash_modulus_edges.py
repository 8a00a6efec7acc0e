# int hashes at the edges of CPython's modulus 2**61 - 1, and -1 -> -2, as values and as dict keys.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 2), -(2**61 - 1), -(2**61), 2**62 - 1, -(2**62), 2**62, 2**100, True, False]:
    print(v, hash(v), {v: 1}[v], hash(v) == hash(float(v)) if abs(v) < 2**53 else '')
