# Ranges over big ints: len (OverflowError past sys.maxsize), indexing, slicing, membership,
# index/count, reversed and equality, all without building the elements.
import sys
r = range(2 ** 100)
print(r, r[-1], r[2 ** 99], 2 ** 99 in r, -1 in r, 2 ** 100 in r, bool(r))
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
print(len(range(sys.maxsize)), len(range(-sys.maxsize, 0)))
try:
    len(range(-sys.maxsize - 1, 1))
except OverflowError as e:
    print('OverflowError:', e)
print(r[5:2 ** 99:7], r[::-1], r[-3:], list(r[-3:]), r[2 ** 99:][:2])
print(r.index(2 ** 90), r.count(2 ** 90), r.count(-5), range(0, 2 ** 80, 3).index(3 * 2 ** 70))
try:
    r.index(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    r[2 ** 100]
except IndexError as e:
    print('IndexError:', e)
print(list(reversed(range(2 ** 64, 2 ** 64 + 3))), next(reversed(r)), list(reversed(range(-3, 2 ** 70, 2 ** 69))))
print(range(2 ** 64) == range(0, 2 ** 64, 1), range(2 ** 70, 0) == range(0), range(5, 2 ** 70, 2 ** 70) == range(5, 6))
b = range(-2 ** 65, 2 ** 65, 2 ** 63)
print(b.start, b.stop, b.step, len(b), list(b)[:3], b[3], sum(b), max(b), min(b))
print([x for x in range(2 ** 63 - 2, 2 ** 63 + 2)], range(10)[::3], range(10)[::-1], range(10)[8:1:-3])
print(range(0, -2 ** 70, -2 ** 68), list(range(0, -2 ** 70, -2 ** 68))[-1], -2 ** 68 in range(0, -2 ** 70, -2 ** 68))
