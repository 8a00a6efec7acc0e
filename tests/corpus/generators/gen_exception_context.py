# An exception raised in a generator resumed while the caller handles another gets that one as
# __context__ (the traceback's 'During handling of the above exception').
import sys
def gen():
    yield 1
    raise ValueError("in gen")
try:
    raise KeyError("outer")
except KeyError:
    g = gen()
    next(g)
    try:
        next(g)
    except ValueError as e:
        print(repr(e.__context__))
def gen2():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted")
g = gen2(); next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    print(repr(e.__context__))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with CM():
        raise TypeError("body")
except RuntimeError as e:
    print(repr(e.__context__))
def gen3():
    yield 1
    1/0
try:
    raise KeyError("outer")
except KeyError:
    for x in gen3():
        pass
