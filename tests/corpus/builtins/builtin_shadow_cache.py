# LOAD_GLOBAL of builtins (len, sum, range) through the name cache, and the len(x) fusion:
# globals that shadow a builtin later, deleting them again, a key built at run time, and len()
# of every kind of object.

def uses_len(x):
    return len(x)

def uses_sum(x):
    return sum(x)

print(uses_len([1, 2, 3]), uses_len((1,)), uses_len('héllo'), uses_len({'a': 1}), uses_len(range(7)))
print(uses_sum([1, 2, 3]), uses_sum((4, 5)))

# a module global named like the builtin appears after the cache was filled
len = lambda x: 'shadowed %r' % (x,)
print(uses_len([1, 2]))
del len
print(uses_len([1, 2]))

# through globals()
globals()['sum'] = lambda x: 'global sum'
print(uses_sum([1]))
del globals()['sum']
print(uses_sum([1, 2]))

# a str key built at run time that equals the name
name = ''.join(['l', 'e', 'n'])
globals()[name] = lambda x: 'built key'
print(uses_len('abc'))
del globals()[name]
print(uses_len('abc'))

# many globals, so that probes in the globals dict collide
for i in range(40):
    globals()['g%d' % i] = i
print(uses_len([1] * 9), uses_sum(list(range(10))))

# len(x) of objects the fusion must leave to the real call
class Sized:
    def __len__(self):
        return 42
class MyList(list):
    def __len__(self):
        return 99
def lens(a, b, c, d, e):
    return len(a), len(b), len(c), len(d), len(e)
print(lens(Sized(), MyList([1]), b'xyz', {1, 2}, [[]]))

def unbound():
    if False:
        x = []
    return len(x)
try:
    unbound()
except UnboundLocalError as exc:
    print('UnboundLocalError', exc)

def bad_len(x):
    return len(x)
for v in (5, None, 2.5):
    try:
        bad_len(v)
    except TypeError as exc:
        print('TypeError', exc)

def loop(xs):
    i = n = 0
    while i < len(xs):
        n += xs[i]
        i += 1
    return n, len(xs) == i
print(loop(list(range(100))), loop(()), loop('abc' and [7]))
