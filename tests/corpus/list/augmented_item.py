# x[k] op= v on lists with small-int indexes (the VM runs COPY/COPY/BINARY_SUBSCR and
# SWAP/SWAP/STORE_SUBSCR together then) must keep CPython's behaviour in every other case too.
b = [1.5, 2.5, 3.5, 4]
b[0] -= 0.25
b[1] *= 2
b[-1] += 10
b[-4] /= 2
print(b)
i = 2
b[i] **= 2
b[i - 1] //= 3
print(b)
try:
    b[4] += 1
except IndexError as e:
    print('IndexError', e)
try:
    b[-5] -= 1
except IndexError as e:
    print('IndexError', e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print('TypeError', e)
d = {0: 1, 'k': [1]}
d[0] += 5
d['k'] += [2]
print(d)
big = 2 ** 70
c = [0, 1]
try:
    c[big] += 1
except IndexError as e:
    print('IndexError', e)
c[True] += 4
print(c)

class L(list):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = L([10, 20])
m[1] += 3
m[-2] -= 1
print(m)

def shrink():
    del n[:]
    return 1
n = [5, 6, 7]
try:
    n[2] += shrink()
except IndexError as e:
    print('IndexError', e, n)
p = [[1, 2], [3]]
p[0][1] += p[1][0]
p[1] *= 3
print(p)
q = [1, 2, 3]
q[1], q[2] = q[2], q[1]
q[0] |= 8
q[0] ^= 1
q[0] <<= 2
print(q)
