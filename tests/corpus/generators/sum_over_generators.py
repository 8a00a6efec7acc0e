# sum() over generators: resumed straight from sum's loop, with every generator state and error.
def gen(n):
    for i in range(n):
        yield i

print(sum(gen(10)))
print(sum(gen(10), 100))
print(sum(gen(10), start=5))
print(sum(x * 0.5 for x in gen(5)))
print(sum((x * 10 ** 20 for x in gen(4)), 1))
print(sum(([x] for x in gen(3)), []))
print(sum((2 ** 62 for _ in gen(3))))
print(sum(((-2) ** 62 for _ in gen(3)), -1))

g = gen(5)
next(g)
print(sum(g), sum(g))          # resumed mid-way, then already finished

def raises_stop():
    yield 1
    raise StopIteration(7)
try:
    sum(raises_stop())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def bad_item():
    yield 1
    yield 'x'
try:
    sum(bad_item())
except TypeError as e:
    print('TypeError', e)

def self_sum():
    yield 1
    yield sum(me)
me = self_sum()
try:
    print(sum(me))
except ValueError as e:
    print('ValueError', e)

def fails():
    yield 1
    1 / 0
f = fails()
try:
    sum(f)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(sum(f))                  # finished by the exception

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
print(sum(guarded()))

def returns_value():
    yield 3
    return 99
print(sum(returns_value()))
try:
    sum(gen(3), 'abc')
except TypeError as e:
    print('TypeError', e)
print(sum((1, 2, 3)), sum([1.5, 2]), sum([], 7))

def acc():
    s = 0
    while True:
        v = yield s
        s += v
a = acc()
print(next(a), a.send(5), a.send(6))
m = a.send
print(m(1), m.__name__, a.send == a.send, m.__self__ is a, a.__name__, a.__qualname__)
b = acc()
try:
    b.send(1)
except TypeError as e:
    print('TypeError', e)
