# __dict__ of instances shows instance attributes; vars() returns it.
class P:
    kind = 'p'
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__, vars(p))
p.__dict__['c'] = 3
print(p.c, sorted(vars(p)))
