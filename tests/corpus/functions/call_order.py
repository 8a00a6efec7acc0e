# Arguments are evaluated left to right, before the call.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), *[v(3)], k=v(4), **{'z': v(5)}))
print(log)
log.clear()
print(v(1) + v(2) * v(3), log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
