# Memoized recursion with a dict and with a default-argument cache.
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(150), len(memo))
def partitions(n, k=None, cache={}):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[key]
print([partitions(i) for i in range(1, 20)], partitions(100))
