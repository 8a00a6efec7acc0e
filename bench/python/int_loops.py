# Benchmark: small-int arithmetic in tight loops (sieve, Collatz lengths, digit sums).
LIMIT = 60000
sieve = [True] * LIMIT
sieve[0] = sieve[1] = False
i = 2
while i * i < LIMIT:
    if sieve[i]:
        for j in range(i * i, LIMIT, i):
            sieve[j] = False
    i += 1
primes = [n for n in range(LIMIT) if sieve[n]]
longest = 0
best = 0
for start in range(1, 50000):
    n = start
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > longest:
        longest, best = steps, start
check = 0
for p in primes:
    s = 0
    while p:
        s += p % 10
        p //= 10
    check = (check * 31 + s) & 0xFFFFFFFF
print('primes', len(primes), 'collatz', best, longest, 'check', check)
