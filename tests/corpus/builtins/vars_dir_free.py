# vars() of instances and classes' own attributes (names only), without dir().
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = [2]
a = A()
print(vars(a), sorted(vars(a)), vars(a) is a.__dict__)
print([k for k in vars(A) if not k.startswith('__')])
