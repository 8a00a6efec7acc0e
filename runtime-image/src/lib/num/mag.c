/* mag.c — unsigned limb-array arithmetic: the one place that touches carries and borrows.
 * Everything else (signed ints, float conversions, text) is written in terms of these.
 */
#include "mag.h"

size_t mag_trim(const num_limb *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

int mag_cmp(const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

void mag_copy(num_limb *r, const num_limb *a, size_t n) {
    if (r == a) return;
    for (size_t i = 0; i < n; i++) r[i] = a[i];
}

void mag_zero(num_limb *r, size_t n) {
    for (size_t i = 0; i < n; i++) r[i] = 0;
}

size_t mag_add(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    if (an < bn) { const num_limb *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (num_limb)carry;
        carry >>= 32;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (num_limb)carry;
        carry >>= 32;
    }
    r[i] = (num_limb)carry;
    return mag_trim(r, an + 1);
}

size_t mag_sub(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        int64_t d = (int64_t)a[i] - b[i] - borrow;
        borrow = d < 0;
        r[i] = (num_limb)d;
    }
    for (; i < an; i++) {
        int64_t d = (int64_t)a[i] - borrow;
        borrow = d < 0;
        r[i] = (num_limb)d;
    }
    return mag_trim(r, an);
}

size_t mag_mul_small(num_limb *r, const num_limb *a, size_t an, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (size_t i = 0; i < an; i++) {
        carry += (uint64_t)a[i] * m;
        r[i] = (num_limb)carry;
        carry >>= 32;
    }
    r[an] = (num_limb)carry;
    return mag_trim(r, an + 1);
}

uint32_t mag_div_small(num_limb *q, size_t *qn, const num_limb *a, size_t an, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (num_limb)(cur / d);
        rem = cur % d;
    }
    if (qn) *qn = mag_trim(q, an);
    return (uint32_t)rem;
}

uint32_t mag_div_1e9(num_limb *q, size_t *qn, const num_limb *a, size_t an) {
    uint64_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        uint64_t quo = cur / 1000000000u;
        q[i] = (num_limb)quo;
        rem = cur - quo * 1000000000u;
    }
    if (qn) *qn = mag_trim(q, an);
    return (uint32_t)rem;
}

size_t mag_mul(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    if (an == 0 || bn == 0) return 0;
    if (an > bn) {   /* the outer loop over the shorter operand: a big int times a small one (10 * q)
                      * is one pass over the big one, not one short pass per limb of it */
        const num_limb *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    mag_zero(r, an + bn);
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < bn; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (num_limb)carry;
            carry >>= 32;
        }
        r[i + bn] = (num_limb)carry;
    }
    return mag_trim(r, an + bn);
}

size_t mag_shl(num_limb *r, const num_limb *a, size_t an, uint64_t n) {
    if (an == 0) return 0;
    size_t words = (size_t)(n / 32);
    unsigned bits = (unsigned)(n % 32);
    if (bits == 0) {
        for (size_t i = an; i-- > 0;) r[i + words] = a[i];
    } else {
        r[an + words] = a[an - 1] >> (32 - bits);
        for (size_t i = an - 1; i > 0; i--)
            r[i + words] = (a[i] << bits) | (a[i - 1] >> (32 - bits));
        r[words] = a[0] << bits;
    }
    mag_zero(r, words);
    return mag_trim(r, an + words + 1 - (bits == 0));
}

size_t mag_shr(num_limb *r, const num_limb *a, size_t an, uint64_t n) {
    if (n / 32 >= an) return 0;
    size_t words = (size_t)(n / 32);
    unsigned bits = (unsigned)(n % 32);
    size_t rn = an - words;
    if (bits == 0) {
        for (size_t i = 0; i < rn; i++) r[i] = a[i + words];
    } else {
        for (size_t i = 0; i + 1 < rn; i++)
            r[i] = (a[i + words] >> bits) | (a[i + words + 1] << (32 - bits));
        r[rn - 1] = a[an - 1] >> bits;
    }
    return mag_trim(r, rn);
}

bool mag_low_bits_nonzero(const num_limb *a, size_t an, uint64_t n) {
    size_t words = (size_t)(n / 32);
    for (size_t i = 0; i < words && i < an; i++)
        if (a[i]) return true;
    if (words < an && (n % 32) != 0)
        return (a[words] & ((1u << (n % 32)) - 1)) != 0;
    return false;
}

uint64_t mag_bit_length(const num_limb *a, size_t an) {
    if (an == 0) return 0;
    return (uint64_t)(an - 1) * 32 + (32 - (uint64_t)__builtin_clz(a[an - 1]));
}

/* Knuth, TAOCP vol. 2, 4.3.1 algorithm D, on 32-bit digits. */
void mag_divmod(num_limb *q, size_t *qn, num_limb *r, size_t *rn, const num_limb *a, size_t an,
                const num_limb *b, size_t bn, num_limb *scratch) {
    if (mag_cmp(a, an, b, bn) < 0) {
        if (qn) *qn = 0;
        if (r) { mag_copy(r, a, an); *rn = an; }
        return;
    }
    if (bn == 1) {
        num_limb *qq = q ? q : scratch;
        uint32_t rem = mag_div_small(qq, qn, a, an, b[0]);
        if (r) { r[0] = rem; *rn = rem != 0; }
        return;
    }
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    num_limb *u = scratch;            /* an + 1 limbs: normalised dividend */
    num_limb *v = scratch + an + 1;   /* bn limbs: normalised divisor */
    u[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (size_t i = an - 1; i > 0; i--) u[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    u[0] = a[0] << s;
    for (size_t i = bn - 1; i > 0; i--) v[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    v[0] = b[0] << s;
    uint64_t vtop = v[bn - 1], vnext = v[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > 0xFFFFFFFFu || qhat * vnext > ((rhat << 32) | u[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFu) break;
        }
        /* u[j..j+bn] -= qhat * v */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < bn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (int64_t)(p & 0xFFFFFFFFu) - borrow;
            u[i + j] = (num_limb)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)u[j + bn] - (int64_t)carry - borrow;
        u[j + bn] = (num_limb)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (num_limb)c;
                c >>= 32;
            }
            u[j + bn] += (num_limb)c;
        }
        if (q) q[j] = (num_limb)qhat;
    }
    if (q) *qn = mag_trim(q, an - bn + 1);
    if (r) {
        for (size_t i = 0; i < bn; i++)
            r[i] = s ? (u[i] >> s) | (u[i + 1] << (32 - s)) : u[i];
        *rn = mag_trim(r, bn);
    }
}

size_t mag_pow10(num_limb *r, uint32_t k) {
    size_t n = 1;
    r[0] = 1;
    while (k >= 9) { n = mag_mul_small(r, r, n, 1000000000u, 0); k -= 9; }
    static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                      100000000};
    if (k) n = mag_mul_small(r, r, n, small[k], 0);
    return n;
}
