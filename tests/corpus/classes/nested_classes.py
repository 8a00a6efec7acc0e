# Classes defined inside classes and functions; qualified access and independence.
class Outer:
    class Inner:
        value = 'inner'
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make().get(), Outer.Inner.__name__, Outer.Inner.__qualname__)
def factory(n):
    class Local:
        size = n
    return Local
A, B = factory(1), factory(2)
print(A.size, B.size, A is not B, A.__name__)
