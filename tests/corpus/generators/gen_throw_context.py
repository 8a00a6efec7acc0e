# An exception thrown into a generator (throw) is raised at its yield without the handled
# exception as __context__; one raised by the generator's own code gets it (also through yield from).
def g():
    yield 1
    yield 2
it = g(); next(it)
try:
    raise KeyError("handled")
except KeyError:
    try:
        it.throw(ValueError("thrown"))
    except ValueError as e:
        print(repr(e.__context__))
def g2():
    try:
        yield 1
    except ValueError:
        yield "caught inside"
it = g2(); next(it)
try:
    raise KeyError("h2")
except KeyError:
    print(it.throw(ValueError("v")))
def inner():
    yield 1
    raise OSError("deep")
def outer():
    yield from inner()
it = outer(); next(it)
try:
    raise KeyError("h3")
except KeyError:
    try:
        next(it)
    except OSError as e:
        print(repr(e.__context__))
