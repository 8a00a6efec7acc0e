# TypeErrors for iterating non-iterables and calling next on non-iterators.
for v in (5, None, 3.5):
    try:
        iter(v)
    except TypeError as e:
        print('TypeError', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    for x in 10:
        pass
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
