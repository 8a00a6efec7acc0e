# Tuple packing and unpacking in assignments, returns and loops.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 9])
print(lo, hi)
pairs = [(1, 'one'), (2, 'two')]
for n, name in pairs:
    print(n, name)
t = 1, 2, 3
print(t, type(t).__name__)
a, (b, c) = 1, (2, 3)
print(a, b, c)
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested])
