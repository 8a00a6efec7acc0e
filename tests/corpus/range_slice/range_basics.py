# range with one, two and three arguments, negative steps, len and indexing.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], 11 in r, 12 in r)
print(r[1:4], r[::-1], list(r[::-2]))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(r.start, r.stop, r.step, r.index(15), r.count(7))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError', e)
try:
    r[100]
except IndexError as e:
    print('IndexError', e)
