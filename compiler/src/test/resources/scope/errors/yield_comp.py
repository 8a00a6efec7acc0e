def f(y):
    return [(yield i) for i in y]
