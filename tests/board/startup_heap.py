# The runtime's names, builtins and builtin modules live in flash (docs/vm-notes.md "Start-up
# footprint"): right after start-up only a few KiB of the heap are in use, on every board.
import gc
gc.collect()
print(gc.mem_alloc() < 6 * 1024)
import math
math.extra = 1          # the first write copies math's namespace to the heap
print(gc.mem_alloc() < 8 * 1024, math.extra)
