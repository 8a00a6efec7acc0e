# Rich comparisons, reflection of < to >, and sorting user objects with __lt__.
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __repr__(self):
        return self.s
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __hash__(self):
        return hash(self.t)
vs = [Ver(s) for s in ('1.10', '1.2', '1.2.1', '0.9', '1.2')]
print(sorted(vs), max(vs), min(vs))
a, b = Ver('1.0'), Ver('2.0')
print(a < b, a > b, a <= b, a >= b, a == Ver('1.0'), a != b)
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print('TypeError', e)
