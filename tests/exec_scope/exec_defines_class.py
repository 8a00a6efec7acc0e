# Classes defined by exec, in module scope and in a dict.
exec('class Made:\n    tag = "made"\n    def hi(self):\n        return self.tag + " hi"')
print(Made().hi(), Made.__name__)
ns = {}
exec('class P:\n    def __init__(self, v):\n        self.v = v\np = P(7)', ns)
print(ns['p'].v, type(ns['p']).__name__, sorted(k for k in ns if k != '__builtins__'))
