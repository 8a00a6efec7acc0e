# != defaults to the inverse of __eq__; NotImplemented from __eq__ falls back to identity.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.v == o.v
    __hash__ = None
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, P(1) != 1)
x = P(3)
print(x == x, x in [P(3)], [P(1), P(2)].index(P(2)), [P(1)].count(P(1)))
