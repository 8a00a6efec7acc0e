def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    show(e)

try:
    try:
        raise TypeError("a")
    except TypeError:
        raise OSError("b") from None
except OSError as e:
    show(e)

def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling")
        raise

try:
    reraiser()
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    show(e)

name_bound = "before"
try:
    raise IndexError("idx")
except IndexError as name_bound:
    pass
print("name deleted:", "name_bound" not in globals())

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.suppress

with Ctx(True) as c:
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx(False), Ctx(True):
        raise KeyError("inner suppresses")
    with Ctx(False):
        raise KeyError("escapes")
except KeyError as e:
    show(e)

def with_return():
    with Ctx(False):
        return "returned"
print(with_return())
assert True, "never"
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    show(e)
