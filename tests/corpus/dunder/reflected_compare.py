# a < b falls back to b > a; mixed-type comparisons of user classes with ints.
class Box:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print('Box.__gt__')
        return self.v > (other.v if isinstance(other, Box) else other)
    def __lt__(self, other):
        print('Box.__lt__')
        return self.v < (other.v if isinstance(other, Box) else other)
print(3 < Box(5))
print(Box(1) < 3)
print(10 > Box(5))
