# __new__ runs before __init__, may return a cached or different object.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('not called')
print(Other())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
