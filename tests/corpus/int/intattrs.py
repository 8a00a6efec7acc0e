# int and bool attributes CPython has: real, imag, numerator, denominator, conjugate, bit_count...
print(True.real, True.imag, False.real, type(True.real).__name__, type(True.imag).__name__)
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((-7).real, (-7).numerator, (-7).denominator, (-7).conjugate(), type((-7).conjugate()).__name__)
big = 2 ** 100 + 3
print(big.real, big.imag, big.numerator, big.denominator, big.conjugate())
print(True.numerator, True.denominator, True.conjugate(), type(True.conjugate()).__name__)
print((255).bit_count(), (-255).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count(), True.bit_count())
print((255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
class I(int):
    pass
i = I(12)
print(i.real, type(i.real).__name__, i.imag, i.numerator, type(i.numerator).__name__, i.denominator, i.conjugate(), type(i.conjugate()).__name__)
print((3).as_integer_ratio(), True.as_integer_ratio(), (7).is_integer() if hasattr(7, 'is_integer') else 'n/a')
print(getattr(5, 'real'), hasattr(5, 'imag'), hasattr(5, 'nothing'))
f = 2.5
print(f.real, f.imag, f.conjugate())
try:
    (5).real = 3
except AttributeError as e:
    print('AttributeError')
