# Dicts keep insertion order; reassigning keeps position; delete and re-add moves to end.
d = {}
for k in ('zeta', 'alpha', 'mid', 'beta'):
    d[k] = len(k)
print(list(d))
d['alpha'] = 99
print(list(d.items()))
del d['zeta']
d['zeta'] = 0
print(list(d.keys()))
n = {}
for i in range(20, 0, -3):
    n[i] = i * i
print(n)
