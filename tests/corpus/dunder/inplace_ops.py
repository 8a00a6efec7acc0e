# In-place operators use __iadd__ etc. when present, otherwise fall back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Imm(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, alias is a)
i = Imm(1)
j = i
i += 5
print(i.v, j.v, i is j)
