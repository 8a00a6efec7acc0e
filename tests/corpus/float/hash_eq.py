# Equal floats and ints are interchangeable as dict keys; float in sets.
d = {1.0: 'a', 2: 'b'}
print(d[1], d[2.0], 1.0 in d, 2.5 in d)
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(2.5) == hash(2.5))
s = {1, 1.0, 2.0, 2}
print(sorted(s), len(s))
print({0.5: 'half'}[1 / 2])
