# Big-int paths the pi spigot leans on: multiply by a small int (limb counts of every residue
# mod 4, where the unrolled loops hand over to their tails), add and subtract across lengths,
# and floor division whose quotient fits a word (exact from the top limbs, or one pass when the
# quotient lies on a boundary or the signs differ).
for bits in range(60, 420, 29):
    a = (1 << bits) - 12345
    for m in (3, 10, 2**31 - 1, 2**32 - 1):
        print(bits, m, a * m % 1000000007, (a * m).bit_length())
    b = (1 << (bits // 2)) + 77
    print((a + b) % 999983, (a - b) % 999983, (b - a) % 999983, (a + a).bit_length())
def digit_quotients(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
print(''.join(map(str, digit_quotients(300))))
# quotients exactly on an integer: the top limbs alone cannot decide, the pass must
for bits in (64, 96, 128, 200, 333):
    b = (1 << bits) + 3
    for qd in (1, 7, 2**32 - 1, 2**40 + 5, 2**63 - 1):
        a = b * qd
        print(bits, qd, a // b == qd, (a - 1) // b == qd - 1, (a + 1) // b == qd)
        print(-a // b, a // -b, (-a + 1) // b, (a - 1) // -b, (-a - 1) // -b)
# divisor top limb all ones (the scaled divisor's top word is 2**64 - 1)
d = (1 << 128) - 1
for qd in (1, 2, 12345, 2**62):
    print((d * qd + 5) // d, (d * qd - 1) // d, -(d * qd) // d)
