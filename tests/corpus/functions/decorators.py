# Function decorators, stacked decorators and decorators with arguments.
def shout(fn):
    def wrapper(*a, **k):
        return str(fn(*a, **k)).upper() + '!'
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@shout
def greet(name):
    return 'hello ' + name
@repeat(3)
def one():
    return 1
@shout
@repeat(2)
def two(x):
    return x
print(greet('bob'), one(), two('ab'))
calls = []
def logged(fn):
    def w(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return w
@logged
def plus(a, b):
    return a + b
print(plus(2, 3), plus(4, 5), calls)
