# A base class raising NotImplementedError; subclasses fill in the hook.
class Shape:
    def area(self):
        raise NotImplementedError('area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    pass
print(Sq(3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print('NotImplementedError', e)
