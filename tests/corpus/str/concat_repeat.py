# Concatenation, repetition, comparisons and membership.
a = 'foo'
b = 'bar'
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print(a < b, a > b, 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', a == 'foo')
print('oo' in a, 'x' in a, '' in a, 'x' not in a)
print(len(a + b), (a + b).count('o'))
s = ''
for i in range(5):
    s += str(i)
print(s)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
