def counter(start):
    def inc(step=1):
        nonlocal start
        start += step
        return start
    def get():
        return start
    return inc, get

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def outer():
    x = 1
    class Inner:
        x = 2
        def m(self):
            return x
    return Inner
