# '%' with one bare %d of a small int or %s of a str is spliced straight into the result; every
# other shape (%%, two conversions, flags, bools, tuples, big ints, subclasses) keeps its path.
for i in (0, 7, -7, 123456789, -2**62, 2**62 - 1):
    print('k%d' % i, '%d' % i, '%i!' % i, '[%d]' % i, len('k%d' % i))
print('%s' % '', repr('%s' % ''), '%s' % 'x', 'a%sb' % '', 'é%s' % 'ü', len('é%sü' % 'ñ'))
print('%s' % 'abc' == 'abc', ('x%s' % 'yz').upper(), 'k%d' % 5 in {'k5': 1})
print('%s-%s' % ('a', 'b'), '%d%%' % 50, '100%%' % (), '%5d|' % 3, '%-3s|' % 'a')
print('%d' % True, '%s' % True, '%s' % 3, '%d' % 2**70, '%d' % 3.9, '%s' % None)
class S(str):
    pass
class I(int):
    pass
print('%s' % S('sub'), '%d' % I(4), '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
for bad in [('%d', 'x'), ('%s%s', 'x'), ('abc%', 1), ('%d', (1, 2)), ('%q', 1), ('x', 'y')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
for i in range(300):
    k = 'key%d' % (i % 37)
    d[k] = d.get(k, 0) + 1
print(len(d), d['key0'], d['key36'], sorted(d)[:3])
