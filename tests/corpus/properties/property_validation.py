# Properties enforcing invariants; computed attributes in a small model.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError('radius must be a number')
        self._r = v
    @property
    def diameter(self):
        return 2 * self.r
    @diameter.setter
    def diameter(self, d):
        self.r = d / 2
c = Circle(3)
print(c.r, c.diameter)
c.diameter = 10
print(c.r, c.diameter)
try:
    c.r = 'big'
except TypeError as e:
    print('TypeError', e)
print(sorted(k for k in vars(c)))
