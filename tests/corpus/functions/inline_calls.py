# Plain Python calls that the interpreter runs without a C call of its own (positional arguments
# only, no cells, no try): results, deep recursion, RecursionError and recovery, exceptions through
# several such frames, calls from generators and methods, and a collection in a deep frame.
import gc

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

for _ in range(3):
    print('depth', depth(60))

def forever(n):
    return forever(n + 1)

for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print('RecursionError', attempt, e)
    print('after', depth(40))

def inner(x):
    return 10 // x

def middle(x):
    return inner(x) + 1

def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        return 'caught ' + str(e)

print(outer(2), outer(0), outer(5))

def square(v):
    return v * v

def gen(n):
    for i in range(n):
        yield square(i) + depth(i)

print(list(gen(6)), sum(gen(10)))

class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total = self.total + v
        return self
    def add_default(self, v, k=2):
        self.total = self.total + v * k
        return self

a = Acc()
for i in range(5):
    a.add(i).add_default(i)
print('acc', a.total)

def build(n):
    if n == 0:
        gc.collect()
        return []
    items = [n] * 3
    rest = build(n - 1)
    rest.append(sum(items))
    return rest

print(build(30)[-5:])

def tb(n):
    if n == 0:
        raise ValueError('bottom')
    return tb(n - 1)

try:
    tb(4)
except ValueError as e:
    print('caught', e)
tb(2)
