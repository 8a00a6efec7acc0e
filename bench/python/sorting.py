# Benchmark: list-heavy work (sorting with keys, slicing, insertion, merging). Checksum of order.
# Sized for the standard board's 1 MiB heap: at most a few 4,000-item lists are live at once.
N = 4000
ROUNDS = 80
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
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
check = 0
for r in range(ROUNDS):
    data = [rand() % 100000 for _ in range(N)]
    a = sorted(data)
    b = sorted(data, key=lambda x: (x % 100, -x))
    c = sorted(data, reverse=True)
    recs = [(x % 17, str(x), x) for x in data[:1500]]
    recs.sort(key=lambda r: r[0])
    m = msort(data[:3000])
    for x in a[::97] + b[::89] + c[::83] + m[::71] + [r[2] for r in recs[::61]]:
        check = (check * 1000003 + x) % 4294967296
    ok = m == sorted(data[:3000])
    last = (a[0], a[-1], a[N // 2])
    del data, a, b, c, recs, m  # a 1 MiB heap cannot hold two rounds' lists at once
print('n', N, 'min', last[0], 'max', last[1], 'median', last[2], 'ok', ok, 'check', check)
