# __index__ lets objects be used as list indices and in bin/hex; __int__/__float__ conversions.
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
lst = ['a', 'b', 'c', 'd']
print(lst[Idx(2)], lst[Idx(1):Idx(3)], bin(Idx(5)), hex(Idx(255)), 'xy' * Idx(2))
print(int(Num()), float(Num()), range(Idx(3)))
