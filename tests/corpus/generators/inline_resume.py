# for loops over generators that catch nothing (resumed by the loop without a call of their own):
# values, return, break and a later next(), yield from, exceptions leaving the generator (with
# their tracebacks), and StopIteration turned into RuntimeError.
def count(n):
    for i in range(n):
        yield i
    return 'done'

print([x for x in count(5)], sum(count(5)))
total = 0
for a in count(4):
    for b in count(a):
        total += a * b
print('nested', total)

g = count(10)
for x in g:
    if x == 3:
        break
print('after break', next(g), next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print('exhausted', e.value)

def delegate():
    r = yield from count(3)
    yield r
    yield from [7, 8]
print(list(delegate()))

def fails(n):
    for i in range(n):
        if i == 2:
            raise ValueError('at %d' % i)
        yield i

seen = []
try:
    for x in fails(5):
        seen.append(x)
except ValueError as e:
    print('ValueError', e, seen)
gf = fails(5)
try:
    for x in gf:
        pass
except ValueError:
    print('again', list(gf))

def leaks_stop():
    yield 1
    raise StopIteration('inner')
try:
    for x in leaks_stop():
        print('got', x)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def next_of_empty():
    yield next(iter([]))
try:
    list(next_of_empty())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for x in next_of_empty():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

def with_try(n):
    for i in range(n):
        try:
            yield 10 // (i - 1)
        except ZeroDivisionError:
            yield 'zero'
print(list(with_try(3)))

def reentrant():
    yield next(me)
me = reentrant()
try:
    for x in me:
        pass
except ValueError as e:
    print('ValueError', e)

def mixed():
    yield 1
    yield 2
    yield 3
    yield 4
m = mixed()
out = []
for x in m:
    out.append(x)
    if x % 2:
        out.append(next(m) * 10)
print(out)

def depth(n):
    if n == 0:
        yield 'bottom'
        return
    for x in depth(n - 1):
        yield x + '.'
print(next(depth(30)))

def stop_in_handler():
    yield 1
    raise StopIteration
try:
    for x in stop_in_handler():
        pass
except RuntimeError as e:
    print('cause', repr(e.__cause__), 'context', repr(e.__context__))

for x in fails(5):
    print('last loop', x)
