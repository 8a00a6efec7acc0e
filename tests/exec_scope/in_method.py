# exec/eval inside methods: self and parameters are locals; class attributes only via self.
tag = 'module tag'
class Widget:
    tag = 'class tag'
    def __init__(self, n):
        self.n = n
    def show(self, extra):
        exec('print(self.n, extra, tag, self.tag)')
        return eval('self.n * 2 + extra')
print(Widget(5).show(1))
code = compile('print("code sees", self.n)', 'shared', 'exec')
class A:
    def __init__(self):
        self.n = 'A'
    def run(self, c):
        exec(c)
class B(A):
    def __init__(self):
        self.n = 'B'
A().run(code)
B().run(code)
