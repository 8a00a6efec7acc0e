# list.sort / sorted with Python key functions (run in a reused frame), list.pop(i) and sum().

data = [(i * 37) % 23 for i in range(40)]
print(sorted(data, key=lambda x: -x)[:10])
print(sorted(data, key=lambda x: x % 5))            # stable for equal keys
recs = [(k % 3, 'r%d' % k) for k in range(12)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))

def keyfn(x, bonus=0):     # defaults: the general call path
    return x + bonus
print(sorted([3, 1, 2], key=keyfn))

def closure_key(m):
    return lambda x: x % m
print(sorted(range(10), key=closure_key(4)))

class K:
    def __init__(self, m):
        self.m = m
    def key(self, x):
        return (x % self.m, x)
print(sorted(range(8), key=K(3).key))
print(sorted(['bb', 'a', 'ccc', ''], key=len))

# a key that raises: the list keeps its items (a permutation of them)
xs = [5, 3, 'x', 1]
try:
    xs.sort(key=lambda v: v + 1)
except TypeError as exc:
    print('TypeError', exc)
print(sorted(xs, key=str))

def deep(v):
    if v == 3:
        raise ValueError('key failed at %d' % v)
    return -v
try:
    sorted([1, 2, 3, 4], key=deep)
except ValueError as exc:
    print('ValueError', exc)

# a key that mutates the list being sorted
victim = [3, 1, 2]
def mutating(v):
    victim.append(v)
    return v
try:
    victim.sort(key=mutating)
except ValueError as exc:
    print('ValueError', exc)
print(victim)

# a key that sorts another list inside (nested sorts, each with its own frame)
inner = [[3, 2, 1], [9, 8], [5]]
print(sorted(inner, key=lambda l: sorted(l, key=lambda v: v)[0]))

# a key with a try block (an exception table: vm_execute) and a generator key
def safe(v):
    try:
        return 1 / v
    except ZeroDivisionError:
        return 0.0
print(sorted([2, 0, 1, 4], key=safe))

# pop
q = list(range(12))
print(q.pop(0), q.pop(), q.pop(-1), q.pop(3), q.pop(True), q)
big = list(range(30))
print(big.pop(0), big.pop(1), len(big), big[:3], big[-2:])
for bad in ([], [1]):
    for idx in (5, -5):
        try:
            bad.pop(idx)
        except IndexError as exc:
            print('IndexError', exc)
for bad_index in ('0', 1.0, None):
    try:
        [1, 2].pop(bad_index)
    except TypeError as exc:
        print('TypeError', exc)
class Idx:
    def __index__(self):
        return 1
print([4, 5, 6].pop(Idx()))
window = []
for x in range(10):
    window.append(x)
    if len(window) == 4:
        print(sum(window), end=' ')
        window.pop(0)
print()

# sum over lists and tuples: small ints, overflow into big ints, mixed types, start values
print(sum([]), sum([], 5), sum([1, 2, 3]), sum((1, 2, 3), 10))
print(sum([2 ** 62, 2 ** 62, -1]), sum([-(2 ** 62), -(2 ** 62), -(2 ** 62)]))
print(sum([4611686018427387903, 1]), sum([1, 2.5, 3]), sum([True, True, 3]), sum([1, 2 ** 70, 3]))
print(sum([[1], [2]], []), sum([0.1] * 10), sum((), 0.5))
try:
    sum([1, 'a'])
except TypeError as exc:
    print('TypeError', exc)
try:
    sum(['a', 'b'], '')
except TypeError as exc:
    print('TypeError', exc)
print(sum(range(101)), sum(x for x in [1, 2]), sum([1, 2], start=10))
