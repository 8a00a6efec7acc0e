# Closures see the variable's value at call time, not at definition time.
def outer():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 'last'
    return fs
print([f() for f in outer()])
def outer2():
    return [(lambda j: (lambda: j))(i) for i in range(3)]
print([f() for f in outer2()])
x = 'global'
def read_global():
    return x
x = 'rebound'
print(read_global())
