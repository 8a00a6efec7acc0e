# hash() agrees with == for ints, bools, floats, strings, tuples and frozensets.
print(hash(1) == hash(True), hash(0) == hash(0.0), hash(2.0) == hash(2))
print(hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1, 'a')), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(isinstance(hash('x'), int), hash(None) == hash(None), hash(-1) == hash(-1))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
