# obj_binary / obj_compare fast paths for float op float and float op small int, against the
# general path: ** 2 and ** 0.5 edges, ZeroDivisionError messages, bools, big ints, subclasses.
inf = float('inf'); nan = float('nan')
vals = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, inf, -inf, nan, 0, 1, -3, 2**53, 2**53 + 1, -2**62, 2**62 - 1, True, False, 2**64, -2**70]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b)]
for a in vals:
    row = []
    for b in vals:
        if not isinstance(a, float) and not isinstance(b, float):
            continue
        for name, f in ops:
            try:
                row.append(repr(f(a, b)))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ':' + str(e))
    print(repr(a), ' '.join(row))
for x in [0.0, -0.0, 2.0, 1e-300, 1e200, 1e155, inf, -inf, nan, 7, 1.0000001]:
    out = []
    for y in [2.0, 0.5, 2, -1.0, 3.0]:
        try:
            out.append(repr(x ** y))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print('pow', repr(x), ' '.join(out))
for a in vals:
    cmp = []
    for b in vals:
        if isinstance(a, float) or isinstance(b, float):
            cmp.append('%d%d%d%d%d%d' % (a < b, a <= b, a == b, a != b, a > b, a >= b))
    print('cmp', repr(a), ' '.join(cmp))
print(2.0**53 == 2**53 + 1, 2.0**53 + 2 == 2**53 + 2, 9007199254740993 > 9007199254740992.0, -2**62 < -4.611686018427388e18)
class F(float):
    def __add__(self, o): return 'F.add'
    def __radd__(self, o): return 'F.radd'
    def __lt__(self, o): return 'F.lt'
    def __gt__(self, o): return 'F.gt'
    def __pow__(self, o): return 'F.pow'
f = F(1.5)
print(f + 1.0, 1.0 + f, 2 + f, f < 2.0, 2.0 < f, 3 > f, f ** 2.0, f * 2.0, type(f * 2.0).__name__)
class I(int):
    def __rmul__(self, o): return 'I.rmul'
    def __rtruediv__(self, o): return 'I.rtruediv'
print(2.5 * I(3), 2.5 / I(3), I(3) * 2.5, 1.5 + True, True * 2.5, 2.5 < True, False == 0.0)
acc = 0.0
n = 0
for i in range(-50, 50):
    acc += i * 0.25 - i / 3 + 0.5 ** 2 + (i * i) ** 0.5
    n += (acc < i) + (i >= acc)
print(repr(acc), n)
