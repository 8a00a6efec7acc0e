# Big-int + - * // % divmod across 32/64-bit limb boundaries, odd and even limb counts, every sign
# combination, and divisors that stress the quotient-digit estimate (2**k - 1, 2**k, top limb
# 0x80000000 with all-ones below, remainders of zero and of b - 1). Checksums keep the output short.
seed = 12345
def rnd(bits):
    global seed
    v = 0
    got = 0
    while got < bits:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        v = (v << 32) | (seed >> 32)
        got += 32
    return v >> (got - bits) | 1 << (bits - 1)

sizes = [1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 191, 192, 193, 1311, 2049]
M = 2**61 - 1
def mix(acc, v):
    return (acc * 1000003 + v) % M

values = []
for bits in sizes:
    values.append(rnd(bits))
    values.append(2**bits - 1)
    values.append(2**bits)
    values.append(2**(bits + 31) + 2**bits - 1)
values.append((2**31) << 96 | (2**96 - 1))
values.append(0)

acc_add = acc_sub = acc_mul = acc_div = acc_mod = 0
for i, a in enumerate(values):
    for j, b in enumerate(values):
        if (i * 7 + j * 3) % 11:
            continue
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = sa * a, sb * b
                acc_add = mix(acc_add, x + y)
                acc_sub = mix(acc_sub, x - y)
                acc_mul = mix(acc_mul, x * y)
                if y:
                    q, r = divmod(x, y)
                    assert q * y + r == x and (r == 0 or (r < 0) == (y < 0)) and abs(r) < abs(y)
                    acc_div = mix(acc_div, x // y)
                    acc_mod = mix(acc_mod, x % y)
print('add', acc_add)
print('sub', acc_sub)
print('mul', acc_mul)
print('div', acc_div)
print('mod', acc_mod)

# quotients of one and two limbs with exact and off-by-one remainders
checks = 0
for bits in (64, 65, 96, 127, 129, 1025):
    b = rnd(bits)
    for q in (1, 2, 9, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63 - 1, 2**64 - 1, 2**64, 10**19):
        for extra in (0, 1, b - 1):
            a = q * b + extra
            for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                x, y = sa * a, sb * b
                qq, rr = x // y, x % y
                if qq * y + rr != x or not (0 <= rr * sb < b):
                    print('bad', bits, q, extra, sa, sb)
                checks = mix(checks, qq)
                checks = mix(checks, rr)
print('quotients', checks)

# products whose operands differ in length by one limb, squares, and in-place style updates
x = 1
for k in range(1, 60):
    x = x * (2**32 - k) + k
y = x
for k in range(30):
    y = y * 10
    y = y - x
    y = y // 7 + 3
print(x % 1000000007, y % 1000000007, len(str(y)))
print(x * x == x**2, (x * x) // x == x, (x * x + x) % x)
print(-x // 3 % 1000, -(x // 3) % 1000, divmod(-x, x), divmod(x, -x), divmod(x - 1, x)[1] % 10**9)
for bits in (31, 32, 33, 63, 64, 65):
    n = 2**bits
    print(bits, n - 1 + 1, n * n // n == n, (n - 1) * (n + 1), -(n * 3) // n, (n * 5) % (n + 1))
