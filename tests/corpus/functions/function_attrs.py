# Functions are objects: __name__, attributes, passing and returning functions.
def f():
    'doc string'
    return 1
print(f.__name__, f.__doc__, callable(f))
f.counter = 5
f.counter += 1
print(f.counter)
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, 'abc'), apply(lambda: 'l'))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print([ops[k](3, 4) for k in sorted(ops)])
g = f
print(g is f, g(), (lambda: 0).__name__)
