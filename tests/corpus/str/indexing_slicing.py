# Indexing, negative indices, slicing with steps, out-of-range slices and IndexError.
s = 'abcdefghij'
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3])
print(s[::3], s[1::2], s[::-2], s[8:2:-2], s[100:], s[-100:2])
print(s[5:2], repr(s[5:2]), s[:], s[::-1])
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError', e)
