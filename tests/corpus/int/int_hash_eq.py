# Equal numbers hash equal; ints as dict keys interchange with equal floats and bools.
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(2 ** 70) == hash(2 ** 70))
print(hash(-5) == hash(-5.0), hash(12345) == 12345)
d = {1: 'one', 2 ** 80: 'big'}
print(d[1.0], d[True], d[2 ** 80])
d[1.0] = 'uno'
print(d)
s = {0, 0.0, False}
print(len(s))
