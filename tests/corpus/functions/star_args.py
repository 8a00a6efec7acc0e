# *args collects extra positionals; calls unpack with * and **.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
lst = [1, 2, 3]
print(f(*lst), f(0, *lst, 4), f(*'ab', *range(2)))
def add3(x, y, z):
    return x + y + z
print(add3(*lst), add3(1, *[2, 3]), add3(**{'x': 1, 'y': 2, 'z': 3}))
