# dict subclasses: __missing__ hook, overridden __getitem__, and get() bypassing __missing__.
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z['a'], z['b'], z.get('b'), 'b' in z, dict(z))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
u['y'] = 2
print(u, list(u.keys()), type(u).__name__)
