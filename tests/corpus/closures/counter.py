# Closures capture variables; nonlocal lets the inner function rebind them.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def make_acc(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = make_acc(100)
print(a(1), a(2))
