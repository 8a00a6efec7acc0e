# frozenset is hashable and immutable; mixing with set keeps the left type.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
d = {f: 'frozen'}
print(d[frozenset({1, 2, 3})])
print(frozenset() == set(), frozenset([1]) == {1}, {frozenset([1]), frozenset([1])} == {frozenset([1])})
try:
    f.add(5)
except AttributeError as e:
    print('AttributeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
