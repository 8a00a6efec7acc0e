# In-place and module-level float operators (vm_loop's float fast path for + - * and their
# in-place forms), against the general path: float subclasses with __iadd__/__add__/__rsub__,
# big ints, bools, -0.0, inf/nan, division by 0.0 and mixed int/float accumulators.
inf = float('inf'); nan = float('nan')
x = 0.0
x += 1; x *= 2.5; x -= 10
print(repr(x), type(x).__name__)
y = 3
y *= 0.5; y += 2 ** 70; y -= 1e21
print(repr(y))
z = -0.0
z += -0.0; print(repr(z)); z -= 0.0; print(repr(z)); z *= -1; print(repr(z)); z *= 0; print(repr(z))
w = 0.0
w -= 0.0; print(repr(w), repr(-0.0 - 0.0), repr(0.0 * -3), repr(-3 * 0.0), repr(-0.0 + 0))
a = inf
a -= inf; print(repr(a)); a += 1.0; print(repr(a))
b = nan
b *= 0; print(repr(b), b == b)
c = 1e308
c *= 10; print(repr(c)); c -= c; print(repr(c))
d = 5.0
for v in [2, 0.5, -1, True, False, 2 ** 64, -2 ** 80]:
    d += v; print(repr(d), end=' ')
    d *= v; print(repr(d), end=' ')
    d -= v; print(repr(d))
try:
    d = 5.0
    d /= 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    d = 5
    d /= 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    x = 1.5
    x += 2 ** 2000
except OverflowError as e:
    print('OverflowError:', e)
try:
    x = 1.5
    x -= 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    x = 1.5
    x *= [1]
except TypeError as e:
    print('TypeError:', e)
class F(float):
    def __iadd__(self, o): return 'F.iadd'
    def __sub__(self, o): return 'F.sub'
    def __rsub__(self, o): return 'F.rsub'
    def __rmul__(self, o): return 'F.rmul'
f = F(2.0)
g = f
g += 1.0; print(g)
g = f
g -= 1; print(g)
g = 1.0
g -= f; print(g)
g = 3
g *= f; print(g)
g = f
g *= 2.0; print(repr(g), type(g).__name__)
class P(float):
    pass
p = P(1.25)
print(repr(p + 1.0), type(p + 1.0).__name__, repr(1 - p), repr(p * p))
q = 1.0
q += p; print(repr(q), type(q).__name__)
s = 0.0
for i in range(200):
    s += i * 0.1
    s -= i // 3
    s *= 1.0001
print(repr(s))
