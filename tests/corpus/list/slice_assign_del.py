# Slice assignment (growing, shrinking, extended) and slice deletion.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[-2:] = []
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[:] = 'xyz'
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
b = [1, 2, 3, 4, 5]
b[::-1] = ['e', 'd', 'c', 'b', 'a']
print(b)
