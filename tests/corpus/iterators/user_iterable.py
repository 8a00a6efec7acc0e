# A class with __iter__ returning a fresh iterator can be traversed many times.
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return BagIter(self.items)
class BagIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
b = Bag('x', 'y', 'z')
print(list(b), list(b), [(p, q) for p in b for q in b if p < q])
print(sorted(b, reverse=True), 'y' in b, max(b), dict(zip(b, range(3))))
a, *rest = b
print(a, rest)
