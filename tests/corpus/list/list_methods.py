# append, extend, insert, remove, pop, index, count, clear, copy, reverse.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.insert(0, 'first')
a.insert(-1, 'nearend')
a.insert(100, 'end')
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2))
print(a.index(4), a.index(1), a.count(1), a.count(7))
c = a.copy()
c.reverse()
print(c, a)
a.clear()
print(a, c)
try:
    c.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    c.index('zz')
except ValueError as e:
    print('ValueError', e)
