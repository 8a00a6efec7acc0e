# __call__ makes instances callable; callable() reports it.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest):
        self.calls += 1
        return x * self.k if not rest else [v * self.k for v in (x,) + rest]
m = Multiplier(3)
print(m(5), m(1, 2, 3), m.calls, callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2])))
