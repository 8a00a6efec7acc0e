# gc.collect() returns an int (its value is implementation-specific and not printed).
import gc
r = gc.collect()
print(type(r).__name__, r >= 0)
garbage = [[i] * 10 for i in range(100)]
garbage = None
print(isinstance(gc.collect(), int))
