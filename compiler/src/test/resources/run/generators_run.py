def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i = got
        else:
            i += 1
    return "done"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegate():
    r = yield from counter(3)
    print("delegate got", r)
    yield from [10, 20]

print(list(delegate()))

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 99
    finally:
        print("gen finally")

g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()

def outer():
    try:
        yield from guarded()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("through")))
g.close()
print(sum(x * x for x in range(10) if x % 3), [y for y in (z + 1 for z in range(3))])
