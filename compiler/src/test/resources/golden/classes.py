class Base:
    """A base."""
    def __init__(self, v):
        self.__v = v

    def value(self):
        return self.__v

class Derived(Base, metaclass=type):
    names = [n for n in ("a", "b")]

    def value(self):
        return super().value() * 2

    @property
    def cls(self):
        return __class__

    @classmethod
    def make(cls, *args, **kw):
        return cls(*args, **kw)
