# Reflected operators (__radd__, __rmul__, ...) are tried when the left operand declines.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N{self.v}'
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
n = N(4)
print(1 + n, n + 1, n + n, 10 - n, 3 * n, 8 / n, 2 ** n)
print(sum([N(1), N(2), N(3)]))
class Sub(N):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(N(1) + Sub(2))
try:
    'a' - n
except TypeError as e:
    print('TypeError', e)
