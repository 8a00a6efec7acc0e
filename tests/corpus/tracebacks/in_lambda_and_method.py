# A traceback through a lambda called from a method and from a list comprehension.
class Table:
    def __init__(self):
        self.rows = [1, 2, 0]
    def inverse(self):
        f = lambda r: 10 // r
        return [f(r) for r in self.rows]
print('go')
Table().inverse()
