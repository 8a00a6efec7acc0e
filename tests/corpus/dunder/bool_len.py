# Truthiness uses __bool__, then __len__; defaults to True.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
print(bool(B(1)), bool(B(-1)), bool(L(0)), bool(L(2)), bool(Plain()))
print('yes' if L(3) else 'no', not B(0), [x.n for x in [L(0), L(1)] if x])
