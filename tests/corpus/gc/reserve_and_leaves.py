# Floats from the one-block reserve and big ints the marker does not read (leaves) stay right
# across collections: kept in locals, in lists and tuples, freed and reallocated in between.
import gc

def float_walk(n):
    x, y, acc = 0.5, 1.25, 0.0
    keep = []
    for i in range(n):
        x, y = y * 0.75 + x * 0.25, x - y / 3.0
        acc += x * y
        if i % 37 == 0:
            keep.append(x)
            gc.collect()
    return acc, sum(keep), len(keep)

def big_walk(n):
    q, r, t = 1, 0, 1
    numbers = []
    for k in range(1, n):
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        if k % 5 == 0:
            numbers.append((q % 1000003, r))
            gc.collect()
    return q % 998244353, r % 998244353, t % 998244353, [a for a, _ in numbers][-3:], numbers[-1][1] % 1000

print(float_walk(400))
print(big_walk(60))
big = [3 ** (50 + i) for i in range(20)]   # leaves inside a list: still marked through it
gc.collect()
print(sum(big) % 1000000007, big[7] // 3 ** 50)
cells = []
for i in range(300):
    cells.append(float(i) / 7)
    if i % 50 == 0:
        gc.collect()
print(round(sum(cells), 6), cells[-1] == 299 / 7)
