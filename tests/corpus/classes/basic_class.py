# Class definition, __init__, methods, instance attributes, type name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), type(p).__name__, isinstance(p, Point))
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
q.z = 'extra'
print(q.z, hasattr(p, 'z'))
print(Point.norm2(p))
