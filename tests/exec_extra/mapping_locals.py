# exec/eval with locals that are not dicts: missing names fall back to globals and builtins.
class Upper:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        if k.startswith('up_'):
            return k[3:].upper()
        return self.store[k]
    def __setitem__(self, k, v):
        self.store[k] = v
g = {'gv': 'from globals'}
m = Upper()
print(eval('up_abc', g, m), eval('gv', g, m), eval('len("xyz")', g, m))
exec('made = up_q + gv', g, m)
print(m.store)
try:
    eval('nowhere', g, m)
except NameError as e:
    print('NameError', e)
class D(dict):
    def __missing__(self, k):
        raise KeyError(k)
print(eval('gv', g, D(x=1)), eval('x', g, D(x=1)))
