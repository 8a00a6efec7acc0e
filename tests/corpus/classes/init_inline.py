# Constructors whose __init__ is a plain function: the instance, __init__'s return value check,
# errors inside __init__, and classes whose __init__ changes after instances were made.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)

ps = [P(i, i * i) for i in range(4)]
print(ps)

class Bad:
    def __init__(self):
        return 42
for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print('TypeError:', e)

class Raises:
    def __init__(self, v):
        self.v = 10 // v
print(Raises(5).v)
try:
    Raises(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

class Swap:
    def __init__(self, a):
        self = None        # rebinding self does not change the instance C() returns
        a = a + 1
s = Swap(1)
print(type(s).__name__)

def other_init(self, a):
    self.a = a * 100
class Later:
    def __init__(self, a):
        self.a = a
print(Later(1).a)
Later.__init__ = other_init
print(Later(2).a)

class Child(P):
    pass
print(Child(7, 8))

class WithNew:
    def __new__(cls, v):
        print('new', v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(WithNew(3).v)

class Defaults:
    def __init__(self, a, b=2):
        self.s = a + b
print(Defaults(1).s, Defaults(1, 5).s)

def make(n):
    return [P(i, -i) for i in range(n)]
print(len(make(50)), make(3))
try:
    P(1)
except TypeError as e:
    print('TypeError:', e)
Bad()
