# Successive time.time() readings never go backwards.
import time
prev = time.time()
ok = True
for _ in range(200):
    now = time.time()
    if now < prev:
        ok = False
    prev = now
print('monotonic', ok)
