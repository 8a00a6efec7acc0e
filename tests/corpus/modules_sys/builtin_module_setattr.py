# Builtin modules' namespaces can be changed as in CPython (Rivet keeps them in flash until then).
import math, time
math.answer = 42
print(math.answer, math.pi, math.sqrt(81))
saved = math.sqrt
math.sqrt = lambda x: 'patched'
print(math.sqrt(4))
del math.sqrt
print(hasattr(math, 'sqrt'), hasattr(math, 'answer'), 'floor' in dir(math))
math.sqrt = saved
print(math.sqrt(2.25))
try:
    del math.nothing
except AttributeError:
    print('AttributeError')
time.marker = [1, 2]
print(time.marker, hasattr(time, 'sleep'))
import math as again
print(again.answer, again is math, again.__name__)
for i in range(40):
    setattr(math, 'k%d' % i, i * i)
print(math.k39, getattr(math, 'k7'), math.floor(2.5))
