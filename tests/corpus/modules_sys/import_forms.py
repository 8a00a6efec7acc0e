# import, import as, from-import, from-import as, importing the same module twice.
import math
import math as m
from math import sqrt, pi as PI
import sys, gc
import time
print(m is math, sqrt(16), PI == math.pi, sys.modules['math'] is math)
print(type(math).__name__, math.__name__, m.__name__, gc.__name__, time.__name__)
import math
print(math.floor(2.5))
