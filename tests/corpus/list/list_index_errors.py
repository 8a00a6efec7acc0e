# Errors: index out of range, wrong index types, list.index with bounds.
a = [10, 20, 30, 20]
for i in (3, -4, 4, -5):
    try:
        print(a[i])
    except IndexError as e:
        print(i, 'IndexError', e)
try:
    a['0']
except TypeError as e:
    print('TypeError', e)
try:
    a[1.0]
except TypeError as e:
    print('TypeError', e)
print(a.index(20, 2), a[True])
try:
    a[9] = 1
except IndexError as e:
    print('IndexError', e)
