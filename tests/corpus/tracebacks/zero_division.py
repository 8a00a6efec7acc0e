# ZeroDivisionError escaping a method call.
class Calc:
    def ratio(self, a, b):
        return a / b
c = Calc()
print(c.ratio(6, 3))
print(c.ratio(1, 0))
