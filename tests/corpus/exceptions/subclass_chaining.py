# Exception subclasses calling super().__init__, raise from, attributes on exceptions, and an
# uncaught chained exception's traceback.
# exceptions: repr/str of builtin exceptions with odd args, chained tracebacks with cause
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
try:
    try:
        {}['k']
    except KeyError as e:
        raise AppError("lookup failed", 3) from e
except AppError as e:
    print(e, e.code, repr(e), repr(e.__cause__), e.args)
e = OSError(2, "No such file")
print(e, e.errno if hasattr(e, 'errno') else '-', e.strerror if hasattr(e, 'strerror') else '-', repr(e))
print(repr(StopIteration(5).value), repr(KeyError()), str(KeyError('a', 'b')), repr(ValueError()))
print(isinstance(AppError("x"), Exception), AppError.__mro__[1:], AppError("m").__class__.__name__)
ex = RuntimeError("r")
ex.extra = 1
print(ex.extra, ex.__dict__ if hasattr(ex, '__dict__') else '')
try:
    raise AppError("final", 9)
except Exception as e:
    raise RuntimeError("wrapped") from e
