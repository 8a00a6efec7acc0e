# Exceptions in resumed generators (the resume path of FOR_ITER, next(), sum() and send()):
# caught inside the generator across resumes, escaping it (the generator is then finished),
# and a StopIteration raised inside a resumed generator turned into RuntimeError.
def caught_inside(n):
    for i in range(n):
        try:
            if i % 3 == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]

print(list(caught_inside(7)))
print(sum(caught_inside(9)))

def escapes(n):
    yield 1
    yield 2
    raise KeyError(n)

g = escapes(5)
out = []
try:
    for x in g:
        out.append(x)
except KeyError as e:
    out.append(('KeyError', e.args))
print(out)
print(next(g, 'finished'))

def leaks_stop():
    yield 'a'
    next(iter([]))
    yield 'b'

try:
    for x in leaks_stop():
        print('got', x)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)

def echo():
    total = 0
    while True:
        try:
            v = yield total
        except ZeroDivisionError:
            total = -1
            continue
        total += 10 // v

e = echo()
next(e)
print(e.send(2), e.send(5))
try:
    e.send(0)
except ZeroDivisionError as err:
    print('send raised', type(err).__name__)
print(next(e, 'done'))

def inner():
    yield 1
    raise IndexError('inner')

def outer():
    try:
        yield from inner()
    except IndexError as err:
        yield ('outer caught', str(err))
    yield 'end'

print(list(outer()))

class Names:
    a = 1
    b = a + 1
    c = [a, b]
print(Names.b, Names.c)
ns = {}
exec("x = 3\ny = x * 2\nfor i in range(3):\n    y += i\n", ns)
print(ns['y'])
