# property with getter, setter and deleter via decorators.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.f = 1
except AttributeError as e:
    print('AttributeError')
del t.c
print(t.c)
