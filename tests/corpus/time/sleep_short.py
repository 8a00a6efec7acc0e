# time.sleep with a tiny argument returns None and time moves forward (not measured).
import time
t0 = time.time()
print(time.sleep(0.001))
print(time.time() >= t0)
