# list.pop with an index that does not fit a C ssize_t: OverflowError, as CPython
for lst in [[], [1, 2, 3]]:
    for i in [2 ** 70, -2 ** 70, 2 ** 63, -2 ** 63 - 1, 2 ** 63 - 1, -2 ** 63, 5, -4]:
        try:
            print(lst.pop(i))
        except (OverflowError, IndexError) as e:
            print(type(e).__name__, e)
x = [1, 2, 3]
try:
    x.insert(2 ** 70, 9)
except OverflowError as e:
    print('OverflowError', e)
print(x.pop(True), x)
class Ix:
    def __index__(self):
        return 2 ** 80
try:
    [1].pop(Ix())
except OverflowError as e:
    print('OverflowError', e)
try:
    [1].pop(1.0)
except TypeError as e:
    print('TypeError', e)
for bad in [1.0, 'x', None]:
    try:
        [1].insert(bad, 0)
    except TypeError as e:
        print('TypeError', e)
y = [1, 2, 3, 4]
y.insert(-2 ** 62, 0)
y.insert(2 ** 62, 9)
print(y, y.pop(-1), y.pop(0), y.pop(2 ** 62 - 2 ** 62 + 1), y)
