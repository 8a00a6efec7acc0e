# pop, clear, copy, intersection_update, difference_update, symmetric_difference_update.
s = {5}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
a = {1, 2, 3, 4}
b = a.copy()
a.intersection_update({2, 3, 9})
b.difference_update([1])
print(sorted(a), sorted(b))
b.symmetric_difference_update({4, 40})
print(sorted(b))
b.clear()
print(b, len(b))
