# Module-level names and `global` stores go through a per-name cache of dict entry numbers (vm.c):
# a deleted name, a re-bound name, a resized globals dict, a builtin shadowed and unshadowed, a
# class body's own namespace and exec with a dict or another mapping must all see what CPython sees.
counter = 0
for i in range(5):
    counter += i
print('counter', counter)

def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    bump()
print('bumped', counter)

del counter
try:
    bump()
except NameError as e:
    print('after del:', e)
counter = 100
print('rebound', bump())

# grow the globals dict while the cached entry numbers of earlier names are in use
for k in range(60):
    globals()['filler_%d' % k] = k
print('after growth', bump(), filler_59)

# shadow a builtin at module level, then remove the shadow
print('len builtin', len('abc'))
len = lambda s: 'shadowed'
print('len shadowed', len('abc'))
del len
print('len again', len('abcd'))

def shadow_in_function():
    return len([1, 2])
print('function sees', shadow_in_function())
globals()['len'] = lambda s: -1
print('function sees shadow', shadow_in_function())
del globals()['len']
print('function sees builtin', shadow_in_function())

class Body:
    x = 1
    x += 1
    y = x * 10
    counter = 'class-level'
    z = counter
    w = len('xy')
print('class body', Body.x, Body.y, Body.z, Body.w, counter)

ns = {}
exec('a = 1\nfor i in range(4):\n    a += i\nb = a * 2', ns)
print('exec dict', ns['a'], ns['b'])

class Mapping:
    def __init__(self):
        self.d = {'q': 7}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
m = Mapping()
exec('r = q + 1\nq = 0\nr += len("ab")', {}, m)
print('exec mapping', m['r'], m['q'])

x = 1
def reader():
    return x
for v in range(3):
    x = v * 3
    print('reader', reader())
