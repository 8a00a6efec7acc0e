# __eq__ and __hash__: value objects as dict keys and set members; __eq__ alone unhashes.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): 'x'}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(0, 0), Key(0, 0), Key(0, 1)}))
print(Key(1, 1) == Key(1, 1), Key(1, 1) != Key(1, 2), Key(1, 1) == 'k')
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
print(EqOnly() == 5, EqOnly.__hash__ is None)
class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x))
