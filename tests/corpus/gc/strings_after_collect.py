# Many short-lived strings built with formatting, collected, results checked by checksum.
import gc
total = 0
keep = []
for i in range(2000):
    s = '{}-{:04x}-{}'.format(i, i * 7, 'x' * (i % 13))
    total = (total + sum(ord(c) for c in s)) % 1000003
    if i % 400 == 0:
        keep.append(s)
        gc.collect()
print(total, keep)
