# The float operator fast paths (/, ** 0.5, ** 2 with float operands) must keep CPython's results
# and errors at their edges: zeros of both signs, inf, nan, overflow, ints mixed in, subclasses.
inf = float('inf')
nan = float('nan')
for x in [4.0, 2.25, 0.0, -0.0, -4.0, inf, -inf, nan, 1e-320, 1e308, 3, 0, -2, True]:
    for y in [0.5, 2.0, 2, 0.0, -0.0]:
        if y == 0.5 and x < 0:
            continue   # a complex result in CPython
        try:
            r = x ** y
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            r = type(e).__name__
        print(repr(x), '**', repr(y), '=', repr(r))
for x in [1.0, -1.0, 0.0, -0.0, inf, nan, 7, -7, 5e-324]:
    for y in [2.0, -2.0, 0.0, -0.0, 3, 0, inf, -inf, nan, 5e-324]:
        try:
            r = x / y
        except ZeroDivisionError as e:
            r = 'ZeroDivisionError: ' + str(e)
        print(repr(x), '/', repr(y), '=', repr(r))
a = 10.0
a /= 4.0
print(a)
a **= 2.0
print(a)
a **= 0.5
print(a)
try:
    a /= 0.0
except ZeroDivisionError as e:
    print('inplace', e)

class F(float):
    def __truediv__(self, other):
        return 'F.truediv'
    def __pow__(self, other):
        return 'F.pow'
    def __rtruediv__(self, other):
        return 'F.rtruediv'
    def __rpow__(self, other):
        return 'F.rpow'
f = F(2.0)
print(f / 2.0, f ** 0.5, f ** 2.0, 2.0 / f, 2.0 ** f, 4 / f)
g = f
g /= 3.0
print(g)
print(float(F(9.0)) / 2.0, float(F(9.0)) ** 0.5)
print(-0.0 ** 0.5, (-0.0) ** 2.0, 0.0 ** 0.5)
try:
    print((1e200) ** 2.0)
except OverflowError as e:
    print('OverflowError', e)
print(nan ** 0.5, inf ** 0.5, nan ** 2.0, (-inf) ** 2.0)
print(2 ** 0.5, 9 ** 0.5, 10 / 4, 10.0 / 4, -7 / 2.0)
