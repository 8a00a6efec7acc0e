# __exit__ returning True suppresses the exception; the exception type is passed in.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print('saw', et.__name__, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError):
    print(1 / 0)
    print('not reached')
print('after suppressed')
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError not suppressed')
with Suppress(LookupError):
    {}['x']
print('LookupError subclass suppressed')
