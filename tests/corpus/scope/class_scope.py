# Class bodies do not form an enclosing scope for methods.
x = 'module'
class C:
    x = 'class'
    def m(self):
        return x
    def n(self):
        return self.x
    y = x + '-derived'
print(C().m(), C().n(), C.y)
def f():
    v = 'func'
    class D:
        w = v + '-seen'
        def get(self):
            return v
    return D
D = f()
print(D.w, D().get())
