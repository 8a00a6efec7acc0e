# slice objects: attributes, use as subscripts, indices(), repr.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
lst = list(range(10))
print(lst[s], 'abcdefghij'[s], tuple(lst)[slice(None, 3)])
print(slice(5), slice(None, None, -1), lst[slice(None, None, -1)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
lst[slice(0, 3)] = ['a']
print(lst)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
