# sys.exc_info() inside generators: their own handled exception, else the resumer's; close()
# and resumption inside except blocks.
import sys
def g():
    try:
        yield 1
    except GeneratorExit:
        print("closing; handled:", sys.exc_info()[0].__name__)
        raise
try:
    raise KeyError("outer")
except KeyError:
    it = g(); next(it)
    it.close()
    print("after close", sys.exc_info()[0].__name__)
def g2():
    yield 1
    print("in g2:", sys.exc_info()[0])
    yield 2
it = g2(); next(it)
try:
    raise IndexError
except IndexError:
    next(it)
print("outside:", sys.exc_info())
def g3():
    try:
        raise ValueError("inside gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = g3()
print(next(it))
try:
    raise TypeError
except TypeError:
    print(next(it), sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
