# After a burst of garbage and a collection, free memory returns to near its starting level.
import gc
gc.collect()
start = gc.mem_free()
for r in range(50):
    junk = [str(i) * 4 for i in range(200)]
junk = None
gc.collect()
print(gc.mem_free() > start - 2048)
