# Many closures and bound methods created and dropped; each still computes correctly while alive.
class Acc:
    def __init__(self, k):
        self.k = k
    def apply(self, x):
        return x * self.k
total = 0
for r in range(400):
    fs = [(lambda x, r=r, i=i: x + r + i) for i in range(5)]
    ms = [Acc(i).apply for i in range(5)]
    total += sum(f(1) for f in fs) + sum(m(r) for m in ms)
print(total)
