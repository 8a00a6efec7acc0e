def gen():
    yield 1
    x = yield
    return x
lam = lambda a, b=2, *c, d, **e: a + b
def withs(path):
    with open(path) as fh, open(path) as (a, b):
        return fh.read()
def tries():
    try:
        pass
    except ValueError as err:
        print(err)
    except (TypeError, KeyError):
        raise
    finally:
        del tries
def defaults(a=lambda: z, *, b=[q for q in range(3)]):
    return a
def deco(x):
    @x.y
    def inner():
        return inner
    return inner
