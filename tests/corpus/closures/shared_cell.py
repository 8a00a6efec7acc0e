# Two closures share one cell; changes through one are seen by the other.
def pair():
    v = [0]
    x = 'init'
    def get():
        return x, v[0]
    def set_(nx):
        nonlocal x
        x = nx
        v[0] += 1
    return get, set_
g, s = pair()
print(g())
s('changed')
print(g())
s('again')
print(g())
