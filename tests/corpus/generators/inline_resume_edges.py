# Generators resumed inline by FOR_ITER / YIELD_FROM: `yield x` as a statement (the sent value
# dropped), `x = yield` (the value kept), closing and throwing into a generator that a for loop
# is suspended in, and yield from over iterators that are not generators.

def stmt_yields(n):
    for i in range(n):
        yield i          # YIELD_VALUE then POP_TOP
        yield -i

def expr_yields():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            break
        got.append(v)
    return got

print(list(stmt_yields(3)))
g = expr_yields()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)

# for over a generator driven by send() from the loop body
def echo():
    v = None
    while True:
        v = yield v

e = echo()
next(e)
print([e.send(i * i) for i in range(5)])

# a generator closed while a for loop is suspended in it
def counted(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append('closed')

log = []
gen = counted(log)
seen = []
for x in gen:
    seen.append(x)
    if x == 2:
        gen.close()
print(seen, log)
for x in gen:
    print('never', x)

# throw() into a generator suspended inside the loop that iterates it
def catcher():
    i = 0
    while True:
        try:
            yield i
        except KeyError as exc:
            yield 'caught %s' % exc
        i += 1

out = []
c = catcher()
for v in c:
    out.append(v)
    if v == 1:
        out.append(c.throw(KeyError('k')))
    if len(out) > 5:
        break
print(out)

def plain():
    yield 1
    yield 2

p = plain()
for v in p:
    try:
        p.throw(ValueError('into plain'))
    except ValueError as exc:
        print('propagated', exc, v)
print(list(p))

# yield from iterators that are not generators, and a generator that returns a value
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def sub():
    yield 'a'
    return 'sub-result'

def delegator():
    yield from [10, 20]
    yield from range(3)
    yield from 'xy'
    yield from Countdown(3)
    yield from iter((7, 8))
    r = yield from sub()
    yield r
    yield from (i * i for i in range(4))

print(list(delegator()))

# nested pipelines, a for loop at module level storing into a global
def nums(n):
    for i in range(n):
        yield i

def scaled(it, k):
    for x in it:
        yield x * k

total = 0
for w in scaled(scaled(nums(50), 3), 2):
    total += w
print(total)

def outer_for():
    acc = []
    for w in scaled(nums(6), 10):
        acc.append(w)
    return acc
print(outer_for())

# a generator raising StopIteration inside a for loop: RuntimeError
def bad():
    yield 1
    raise StopIteration('oops')

try:
    for v in bad():
        print('got', v)
except RuntimeError as exc:
    print('RuntimeError', exc, type(exc.__cause__).__name__)

# a generator resumed while it runs
def selfish():
    yield next(me)

me = selfish()
try:
    for v in me:
        pass
except ValueError as exc:
    print('ValueError', exc)

# send() on a just-started generator, and the state after each step
def two():
    yield 1
    yield 2

t = two()
try:
    t.send(5)
except TypeError as exc:
    print('TypeError', exc)
print(t.send(None), next(t), list(t))
print(sum(x for x in nums(10) if x % 3), sum(nums(0)), sum((y for y in [1.5, 2.5]), 10))
