# Exception chaining through with-blocks and generators, sys.exc_info() inside a generator resumed
# in an except block, and an uncaught exception from a generator while another is handled.
# exception chaining through with-blocks and generators
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False
def f():
    with CM("a"):
        with CM("b"):
            raise ValueError("inner")
try:
    f()
except ValueError as e:
    print("caught", e, e.__context__)
def g():
    try:
        yield 1
    finally:
        print("gen finally")
gen = g(); next(gen); gen.close()
def h():
    try:
        raise KeyError("a")
    except KeyError:
        yield "in except"
        raise ValueError("b")
it = h()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(repr(e.__context__))
import sys
def exc_in_gen():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(list(exc_in_gen()))
try:
    try:
        raise TypeError("t")
    finally:
        print("finally ran")
except TypeError as e:
    print(e.__context__)
try:
    with CM("c"):
        raise OSError("io")
except OSError as e:
    print(type(e).__name__, e)
def gen_raise_from():
    try:
        yield 1
        1/0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    list(gen_raise_from())
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class Suppress:
    def __enter__(self): pass
    def __exit__(self, *a): return True
with Suppress():
    raise ValueError
print("suppressed")
def yf():
    yield from h()
y = yf(); next(y)
try: next(y)
except ValueError as e: print("yf", repr(e.__context__))
def outer():
    try:
        raise KeyError("x")
    except KeyError:
        with CM("d"):
            raise ValueError("v")
try:
    outer()
except ValueError as e:
    print(repr(e.__context__))
def gen_unhandled():
    yield 1
    raise ValueError("gen boom")
try:
    raise KeyError("k")
except KeyError:
    for x in gen_unhandled(): pass
