def outer(a, b):
    c = 1
    def mid():
        nonlocal c
        c += 1
        def inner():
            return a + c
        return inner
    def other(b):
        return b
    return mid, other
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def shadow():
    x = 1
    def g():
        global x
        def h():
            return x
        return h
    return g
