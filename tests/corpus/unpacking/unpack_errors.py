# Wrong number of values to unpack raises ValueError with a count.
for src in ([1], [1, 2, 3], []):
    try:
        a, b = src
        print(a, b)
    except ValueError as e:
        print('ValueError', e)
try:
    a, b, *c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError', e)
