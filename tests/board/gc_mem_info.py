# gc.mem_alloc()/gc.mem_free() report heap use in bytes: allocation raises one, collection lowers it.
import gc
gc.collect()
a0 = gc.mem_alloc()
f0 = gc.mem_free()
print(isinstance(a0, int), isinstance(f0, int), a0 > 0, f0 > 0)
block = [0] * 1000
print(gc.mem_alloc() > a0, gc.mem_free() < f0)
block = None
gc.collect()
print(gc.mem_alloc() < a0 + 1000, gc.mem_free() > f0 - 1000)
