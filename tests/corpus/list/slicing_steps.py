# Slicing lists with positive and negative steps, and out-of-range bounds.
a = list(range(10))
print(a[2:8], a[::2], a[1::3], a[::-1], a[8:2:-1], a[-3:], a[:-7], a[-1:-4:-1])
print(a[100:], a[-100:3], a[5:5], a[::-3], a[3:0:-2])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
try:
    a[::0]
except ValueError as e:
    print('ValueError', e)
