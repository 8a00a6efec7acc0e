# Module-level names and builtins through the VM's per-name cache: a builtin used at module
# level, then shadowed by a global, then the global deleted again; the same from a function
# (LOAD_GLOBAL) and from a class body (LOAD_NAME with a locals dict of its own).
def use_len():
    return len([1, 2, 3])
out = []
for step in range(4):
    out.append(len('abcd'))
    out.append(use_len())
    if step == 1:
        def len(x):
            return 'shadow'
    if step == 2:
        del len
print(out)
class C:
    a = len('xy')
    def len(x):
        return 'method'
    b = len('xyz')
    del len
    c = len('xyzw')
print(C.a, C.b, C.c)
x = 1
class D:
    y = x + 1
    x = 10
    z = x + 1
print(D.y, D.z, x)
def g():
    global counter
    counter = 0
    for i in range(5):
        counter += i
    return counter
print(g(), counter)
del counter
try:
    print(counter)
except NameError as e:
    print('NameError', e)
try:
    g2 = undefined_name
except NameError as e:
    print('NameError', e)
for i in range(3):
    globals()['dyn%d' % i] = i * i
print(dyn0, dyn1, dyn2)
ns = {}
exec('q = 5\nw = q * 2\nprint(q, w, len("abc"))', ns)
print(ns['w'])
class M(dict):
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
exec('print(magic, len("ab"))', {}, M())
for i in range(10, 0, -3):
    print(i, end=' ')
for i in range(0):
    print('never')
for i in range(-2, 3):
    print(i, end=' ')
print()
