# with-blocks: what __exit__ receives, suppression, __enter__ failing, return/break/continue,
# exceptions raised in __exit__ and in handlers, chaining, an uncaught one.
# with-blocks: __exit__ receiving the exception, suppression, exceptions in __enter__, nested, return values
import sys
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return self.suppress
with CM("a") as a, CM("b", True) as b:
    print(a, b)
    raise ValueError("x")
print("after")
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never"); return True
try:
    with CM("outer"), BadEnter():
        print("body")
except OSError as e:
    print("caught", e, e.__context__)
def f():
    with CM("r"):
        return "returned"
print(f())
def g():
    for i in range(3):
        with CM(str(i)):
            if i == 1: break
            continue
g()
try:
    with CM("ctx"):
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("during")
except ValueError as e:
    print(repr(e), repr(e.__context__))
class ExitRaises:
    def __enter__(self): pass
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))
with CM("last"):
    raise IndexError("unhandled")
