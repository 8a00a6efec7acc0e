# Properties overridden and extended in subclasses; calling the parent's property through super().
class Base:
    def __init__(self):
        self._v = 10
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, x):
        Base.v.fset(self, x + 1)
d = Doubled()
print(d.v)
d.v = 4
print(d.v, d._v)
class ReadOnly(Base):
    v = property(lambda self: 'read only')
r = ReadOnly()
try:
    r.v = 3
except AttributeError:
    print('AttributeError on set')
print(r.v)
