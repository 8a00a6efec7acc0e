# Infinite generators composed into a pipeline, consumed partially.
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens), take(15, primes()))
squares = map(lambda x: x * x, naturals())
print(take(6, squares))
