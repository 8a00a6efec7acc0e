x = "global x"

def make():
    x = "enclosing"
    class C:
        x = "class x"
        y = x
        def get(self):
            return x
        def sup(self):
            return __class__.__name__
    return C

C = make()
print(C.y, C().get(), C().sup())

def counters():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

inc = counters()
inc(); inc(5)
print(inc())

def rebinding():
    global x
    x = "rebound"
rebinding()
print(x)

class Base:
    def hello(self):
        return "base hello"
    def __repr__(self):
        return "<%s>" % type(self).__name__

class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    __secret = "mangled"
    def reveal(self):
        return self.__secret

print(Child().hello(), Child().reveal(), Child._Child__secret, repr(Child()))

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
if (n := len("walrus")) > 3:
    print("walrus", n)
print([last := k for k in range(4)], last)

def cell_arg(a, b=2, *args, c, **kw):
    def inner():
        return a, b, args, c, kw
    return inner()
print(cell_arg(1, c=3), cell_arg(1, 5, 6, 7, c=8, d=9))
print(*[1, 2], *(3,), sep="-", **{"end": "!\n"})
first, *middle, last = range(6)
(p, q), r = "ab", 3
print(first, middle, last, p, q, r)
d = {"a": 1, **{"b": 2}, "c": 3}
d["a"] += 10
obj = Base(); obj.v = 1; obj.v *= 7
lst = [1, 2, 3, 4]; lst[1:3] = ["x"]; del lst[0]
print(d, obj.v, lst, f"{3.14159:.2f}|{'s'!r:>5}|{x=}")
