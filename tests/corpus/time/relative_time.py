# time.time() is only used relatively: elapsed time is never negative.
import time
t0 = time.time()
s = 0
for i in range(1000):
    s += i
t1 = time.time()
print(s, t1 - t0 >= 0, type(t0).__name__)
