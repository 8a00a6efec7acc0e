# Bound methods: equal ones hash alike; names, qualnames, __self__/__func__ of bound and builtin
# methods, and the deterministic parts of their reprs.
# bound method reprs and attributes
class Dev:
    def read(self): return 1
    def __repr__(self): return "Dev()"
d = Dev()
print(repr(d.read), d.read.__self__, d.read.__func__.__name__, d.read.__name__, d.read.__qualname__)
print(d.read == d.read, d.read is d.read, hash(d.read) == hash(d.read), Dev.read(d))
m = [].append
print(m.__name__, m.__qualname__, m.__self__, repr(len), repr(abs))
print(repr("x".upper)[:36], repr(dict.fromkeys)[:39])
class K:
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
print(repr(K.c)[:31], repr(K().c)[:31], repr(K.s)[:18], K.c.__self__ is K, K.c.__func__.__name__)
import sys
print(repr(sys.exit), repr(print), type(sys.exit).__name__)
