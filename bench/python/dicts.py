# Benchmark: dict-heavy work (counting, grouping, memo tables, key churn). Checksum of contents.
# Sized for the standard board's 1 MiB heap: the live tables stay under ~300 KB.
ROUNDS = 400
counts = {}
groups = {}
for r in range(ROUNDS):
    for i in range(2000):
        k = 'k%d' % ((i * 7919 + r) % 1500)
        counts[k] = counts.get(k, 0) + 1
        groups.setdefault(len(k), {})[k] = r
def ways(n, k, memo):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    v = memo.get(key)
    if v is None:
        v = ways(n - k, k, memo) + ways(n, k - 1, memo)
        memo[key] = v
    return v
total_ways = 0
for n in range(30, 56, 5):
    memo = {}
    total_ways += ways(n, n, memo) + len(memo)
churn = {}
for i in range(150000):
    churn[i % 1009] = i
    if i % 5 == 0:
        churn.pop((i * 13) % 1009, None)
check = 0
for k in sorted(counts):
    check = (check * 31 + counts[k] + len(k)) % 1000000007
print('keys', len(counts), 'groups', sorted((g, len(d)) for g, d in groups.items()))
print('ways', total_ways, 'churn', len(churn), sum(churn.values()), 'check', check)
