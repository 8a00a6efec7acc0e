# Benchmark: list-heavy work (sorting with keys, slicing, insertion, merging). Checksum of order.
N = 40000
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
data = [rand() % 100000 for _ in range(N)]
a = sorted(data)
b = sorted(data, key=lambda x: (x % 100, -x))
c = sorted(data, reverse=True)
recs = [(x % 17, str(x), x) for x in data[:5000]]
recs.sort(key=lambda r: r[0])
def merge(xs, ys):
    out = []
    i = j = 0
    while i < len(xs) and j < len(ys):
        if xs[i] <= ys[j]:
            out.append(xs[i]); i += 1
        else:
            out.append(ys[j]); j += 1
    out.extend(xs[i:]); out.extend(ys[j:])
    return out
def msort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(msort(xs[:mid]), msort(xs[mid:]))
m = msort(data[:8000])
check = 0
for x in a[::97] + b[::89] + c[::83] + m[::71] + [r[2] for r in recs[::61]]:
    check = (check * 1000003 + x) % 4294967296
print('n', N, 'min', a[0], 'max', a[-1], 'median', a[N // 2], 'ok', m == sorted(data[:8000]), 'check', check)
