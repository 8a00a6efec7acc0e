# exec/eval inside a generator see its current locals at each resumption.
def gen():
    for i in range(3):
        x = i * 10
        yield eval('x + i')
        exec('print("resumed with", i, x)')
print(list(gen()))
g = (eval('v * v') for v in range(4))
print(list(g))
