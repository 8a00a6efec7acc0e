# __format__ through super() in float/int/str subclasses, and the number/format dunders of builtins
# called directly ((5).__format__('03d'), (3).__eq__(3.0) is NotImplemented).
class Temp(float):
    def __format__(self, spec):
        if spec.endswith('C'):
            return super().__format__(spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC}", f"{t:.2f}", format(t, ""), "{:>8.1f}".format(t), str(t), repr(t))
class Hex(int):
    def __format__(self, spec):
        return "0x" + super().__format__(spec or "04x")
print(f"{Hex(255)}", f"{Hex(10):08b}", format(Hex(1)), "%d" % Hex(3), str(Hex(4)))
class Name(str):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
print(f"{Name('ab'):>5}", format(Name('x')), "{}".format(Name('y')))
print((5).__format__('03d'), (2.5).__format__('.2f'), 'ab'.__format__('^6'), format(True, 'd'), True.__format__(''))
print(int.__format__(7, 'x'), float.__format__(1.0, 'e'), str.__format__('s', '>3'))
print((7).__int__(), (7.9).__int__(), (3).__float__(), (-3).__abs__(), (-2.5).__abs__(), True.__int__(), (5).__pos__(), (5).__neg__(), (5).__invert__())
print((3).__bool__(), (0.0).__bool__(), (7).__index__(), type(Hex(3).__index__()).__name__, type(+Hex(3)).__name__, Hex(3).real, type(Hex(3).real).__name__)
print((10).__rsub__(3), (10).__rtruediv__(5), (2).__rpow__(3), 'a'.__rmul__(3), [1].__rmul__(2), (1.5).__radd__(1))
print((3).__eq__(3.0), (3).__lt__(3.5), (1.5).__eq__(1), 'a'.__lt__(1), [1].__eq__((1,)))
