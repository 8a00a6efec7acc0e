# property() called as a function, and properties inherited and overridden.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def _area(self):
        return self.w * self.h
    area = property(_area)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return 'square area ' + str(self.w * self.w)
print(Rect(2, 3).area, Square(4).area, isinstance(Rect.area, property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
