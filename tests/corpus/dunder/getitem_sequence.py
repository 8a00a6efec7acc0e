# A sequence class implementing __getitem__ with ints and slices, and __reversed__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i
    def __reversed__(self):
        return iter([self[i] for i in range(self.n - 1, -1, -1)])
s = Squares(6)
print(s[2], s[-1], s[1:4], s[::2], list(s), list(reversed(s)))
