# A generator expression is lazy, a list comprehension is eager.
log = []
def v(x):
    log.append(x)
    return x
lc = [v(i) for i in range(3)]
print('after list comp', log)
log.clear()
ge = (v(i) for i in range(3))
print('after genexpr', log)
print(next(ge), log)
print(list(ge), log)
