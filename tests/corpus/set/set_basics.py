# sets: construction, add, discard, remove, membership, len; printed sorted.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(10)
s.discard(1)
s.discard(99)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
print(sorted(set('hello')), set() == set(), len(set()), sorted(set([1, 1, 2])))
print(set(), repr(set()))
e = set()
e.add('only')
print(e)
