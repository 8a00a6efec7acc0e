def f():
    x = 1
    y = 2
    class C:
        y = 3
        z = x
        def m(self):
            return x + y
        def n(self):
            return super().n()
        def o(self):
            return __class__
    return C
class D:
    a = 1
    b = [a for _ in range(3)]
    def m(self):
        return a
class E:
    __p = 1
    def __q(self, __r):
        return self.__p + __r
