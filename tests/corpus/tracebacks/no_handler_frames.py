# Functions without try/with run without a setjmp of their own (vm.c vm_run_frame): an exception
# passing through them still gets one traceback entry per frame, the innermost context chaining,
# and is caught by C code (hasattr, getattr default, sorted's key, iteration) exactly as before.
def leaf(n):
    return 10 // n

def mid(n):
    return leaf(n) + 1

def top(n):
    return mid(n) * 2

try:
    top(0)
except ZeroDivisionError as e:
    print('caught', e)

class Lazy:
    def __getattr__(self, name):
        if name.startswith('ok'):
            return name
        raise AttributeError(name)

lz = Lazy()
print(hasattr(lz, 'ok_1'), hasattr(lz, 'nope'), getattr(lz, 'missing', 'default'))

def key(v):
    return mid(v - 3)

try:
    sorted([5, 4, 3], key=key)
except ZeroDivisionError:
    print('key failed')

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)))

def again():
    raise

def handle():
    try:
        top(0)
    except ZeroDivisionError:
        again()

try:
    handle()
except ZeroDivisionError as e:
    print('re-raised', type(e).__name__)

def inner_context():
    try:
        {}['k']
    except KeyError:
        top(0)

try:
    inner_context()
except ZeroDivisionError as e:
    print('context', repr(e.__context__))

def gen_fail():
    yield 1
    yield mid(0)

g = gen_fail()
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print('generator failed, then', next(g, 'exhausted'))

def stop_in_gen():
    yield 1
    raise StopIteration

try:
    list(stop_in_gen())
except RuntimeError as e:
    print('converted:', e, type(e.__cause__).__name__)

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError:
    print('recursion limit reached')

top(0)
