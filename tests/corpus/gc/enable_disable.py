# gc.disable/enable/isenabled toggle automatic collection; explicit collect always works.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [str(i) * 3 for i in range(500)]
print(len(data), data[499])
gc.collect()
gc.enable()
print(gc.isenabled())
