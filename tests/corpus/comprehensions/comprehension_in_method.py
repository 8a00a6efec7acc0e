# Comprehensions in methods reading self and closures; class attributes via self in them.
class Table:
    scale = 3
    def __init__(self, rows):
        self.rows = rows
    def scaled(self):
        return [[v * self.scale for v in r] for r in self.rows]
    def column(self, i):
        return [r[i] for r in self.rows if len(r) > i]
    def index(self):
        return {r[0]: n for n, r in enumerate(self.rows)}
t = Table([[1, 2], [3, 4, 5], [6]])
print(t.scaled(), t.column(1), t.index())
