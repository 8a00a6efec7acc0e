# time.time() returns a float; differences of two readings are floats and never negative.
import time
a = time.time()
b = time.time()
print(type(a).__name__, type(b - a).__name__, b - a >= 0, a > 0)
