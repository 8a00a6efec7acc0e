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
    size_t i = 0;
    for (; i + 1 < n; i += 2) mag_st2(r + i, mag_ld2(a + i));
    if (i < n) r[i] = a[i];
}

void mag_zero(num_limb *r, size_t n) {
    size_t i = 0;
    for (; i + 1 < n; i += 2) mag_st2(r + i, 0);
    if (i < n) r[i] = 0;
}

/* Add-with-carry and subtract-with-borrow on 64-bit words: gcc turns these into adc / sbb. */
static inline unsigned char addc(unsigned char c, uint64_t x, uint64_t y, uint64_t *out) {
    unsigned long long s;
    c = __builtin_ia32_addcarryx_u64(c, x, y, &s);
    *out = s;
    return c;
}
static inline unsigned char subb(unsigned char b, uint64_t x, uint64_t y, uint64_t *out) {
    unsigned long long d;
    b = __builtin_ia32_sbb_u64(b, x, y, &d);
    *out = d;
    return b;
}

/* The three hottest loops of big-int arithmetic, written out because gcc keeps the carry in a
 * byte register and round-trips it through the stack (10 instructions a word instead of 3-4):
 * r[0..k) words = a + b (or a - b, or a * m + c), carry/borrow out returned. Four words per
 * iteration, then the k % 4 left over one at a time; mov, lea, dec and jrcxz leave CF alone, so
 * the chain runs through both loops. r may alias a. */
#define ADDSUB_WORDS(OP)                                                                         \
    unsigned char c;                                                                             \
    uint64_t t;                                                                                  \
    size_t i = 0, k4 = k >> 2, k1 = k & 3;                                                       \
    __asm__ volatile("clc\n\t"                                                                   \
                     "movq %[k4], %%rcx\n\t"                                                     \
                     "jrcxz 2f\n"                                                                \
                     "1:\n\t"                                                                    \
                     "movq (%[a],%[i],8), %[t]\n\t"                                              \
                     OP " (%[b],%[i],8), %[t]\n\t"                                               \
                     "movq %[t], (%[r],%[i],8)\n\t"                                              \
                     "movq 8(%[a],%[i],8), %[t]\n\t"                                             \
                     OP " 8(%[b],%[i],8), %[t]\n\t"                                              \
                     "movq %[t], 8(%[r],%[i],8)\n\t"                                             \
                     "movq 16(%[a],%[i],8), %[t]\n\t"                                            \
                     OP " 16(%[b],%[i],8), %[t]\n\t"                                             \
                     "movq %[t], 16(%[r],%[i],8)\n\t"                                            \
                     "movq 24(%[a],%[i],8), %[t]\n\t"                                            \
                     OP " 24(%[b],%[i],8), %[t]\n\t"                                             \
                     "movq %[t], 24(%[r],%[i],8)\n\t"                                            \
                     "leaq 4(%[i]), %[i]\n\t"                                                    \
                     "decq %%rcx\n\t"                                                            \
                     "jnz 1b\n"                                                                  \
                     "2:\n\t"                                                                    \
                     "movq %[k1], %%rcx\n\t"                                                     \
                     "jrcxz 4f\n"                                                                \
                     "3:\n\t"                                                                    \
                     "movq (%[a],%[i],8), %[t]\n\t"                                              \
                     OP " (%[b],%[i],8), %[t]\n\t"                                               \
                     "movq %[t], (%[r],%[i],8)\n\t"                                              \
                     "leaq 1(%[i]), %[i]\n\t"                                                    \
                     "decq %%rcx\n\t"                                                            \
                     "jnz 3b\n"                                                                  \
                     "4:\n\t"                                                                    \
                     "setc %[c]"                                                                 \
                     : [t] "=&r"(t), [i] "+r"(i), [c] "=q"(c)                                    \
                     : [a] "r"(a), [b] "r"(b), [r] "r"(r), [k4] "r"(k4), [k1] "r"(k1)            \
                     : "rcx", "cc", "memory");                                                   \
    return c;

static inline unsigned char add_words(num_limb *r, const num_limb *a, const num_limb *b, size_t k) {
    if (k == 0) return 0;
    ADDSUB_WORDS("adcq")
}
static inline unsigned char sub_words(num_limb *r, const num_limb *a, const num_limb *b, size_t k) {
    if (k == 0) return 0;
    ADDSUB_WORDS("sbbq")
}

/* a * m + carry. mulq sets CF, so no carry chain survives it: 6 instructions a word, four words
 * an iteration to spread the loop's own three. */
static inline uint64_t mul_words(num_limb *r, const num_limb *a, size_t k, uint64_t m,
                                 uint64_t carry) {
    size_t i = 0;
    for (; k & 3; k--, i++) {   /* the k % 4 odd words first */
        mag_dword p = (mag_dword)mag_ld2(a + 2 * i) * m + carry;
        mag_st2(r + 2 * i, (uint64_t)p);
        carry = (uint64_t)(p >> 64);
    }
    k >>= 2;
    if (k == 0) return carry;
    __asm__ volatile("1:\n\t"
                     "movq (%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "addq %[c], %%rax\n\t"
                     "adcq $0, %%rdx\n\t"
                     "movq %%rax, (%[r],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "movq 8(%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "addq %[c], %%rax\n\t"
                     "adcq $0, %%rdx\n\t"
                     "movq %%rax, 8(%[r],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "movq 16(%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "addq %[c], %%rax\n\t"
                     "adcq $0, %%rdx\n\t"
                     "movq %%rax, 16(%[r],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "movq 24(%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "addq %[c], %%rax\n\t"
                     "adcq $0, %%rdx\n\t"
                     "movq %%rax, 24(%[r],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "leaq 4(%[i]), %[i]\n\t"
                     "decq %[k]\n\t"
                     "jnz 1b"
                     : [c] "+r"(carry), [i] "+r"(i), [k] "+r"(k)
                     : [a] "r"(a), [r] "r"(r), [m] "r"(m)
                     : "rax", "rdx", "cc", "memory");
    return carry;
}

/* Limb pairs while both operands have two limbs left; then the odd limb of the shorter one;
 * then the carry runs through the rest of the longer one. When an is odd the last word stored
 * is a[an-1] + carry, whose upper half is the carry limb r[an] (r has an + 1 limbs). */
size_t mag_add(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    if (an < bn) { const num_limb *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    uint64_t w;
    unsigned char c = add_words(r, a, b, bn / 2);
    size_t i = bn & ~(size_t)1;
    if (i < bn) {   /* b's last limb (bn odd) */
        if (i + 1 < an) {
            c = addc(c, mag_ld2(a + i), b[i], &w);
            mag_st2(r + i, w);
            i += 2;
        } else {
            mag_st2(r + i, (uint64_t)a[i] + b[i] + c);
            return mag_trim(r, an + 1);
        }
    }
    for (; i + 1 < an; i += 2) {
        c = addc(c, mag_ld2(a + i), 0, &w);
        mag_st2(r + i, w);
    }
    if (i < an) {
        mag_st2(r + i, (uint64_t)a[i] + c);
        return mag_trim(r, an + 1);
    }
    r[an] = c;
    return mag_trim(r, an + 1);
}

/* Same walk as mag_add; r has only an limbs, so an odd top limb is stored alone (a >= b: no
 * borrow leaves the top). */
size_t mag_sub(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    uint64_t w;
    unsigned char c = sub_words(r, a, b, bn / 2);
    size_t i = bn & ~(size_t)1;
    if (i < bn) {
        if (i + 1 < an) {
            c = subb(c, mag_ld2(a + i), b[i], &w);
            mag_st2(r + i, w);
            i += 2;
        } else {
            r[i] = a[i] - b[i] - c;
            return mag_trim(r, an);
        }
    }
    for (; c && i + 1 < an; i += 2) {
        c = subb(c, mag_ld2(a + i), 0, &w);
        mag_st2(r + i, w);
    }
    if (r != a) for (; i + 1 < an; i += 2) mag_st2(r + i, mag_ld2(a + i));
    else if (i + 1 < an) i = an & ~(size_t)1;   /* in place, no borrow left: the rest is there */
    if (i < an) r[i] = a[i] - c;
    return mag_trim(r, an);
}

size_t mag_mul_small(num_limb *r, const num_limb *a, size_t an, uint32_t m, uint32_t add) {
    uint64_t carry = mul_words(r, a, an / 2, m, add);
    size_t i = an & ~(size_t)1;
    if (i < an) {   /* a[i] * m + carry < 2**64 */
        carry += (uint64_t)a[i] * m;
        r[i] = (num_limb)carry;
        carry >>= 32;
    }
    r[an] = (num_limb)carry;
    return mag_trim(r, an + 1);
}

size_t mag_mul_word(num_limb *r, const num_limb *a, size_t an, uint64_t m) {
    uint64_t carry = mul_words(r, a, an / 2, m, 0);
    size_t i = an & ~(size_t)1;
    if (i < an) {   /* 32 x 64 bits + carry: three limbs */
        mag_dword p = (mag_dword)a[i] * m + carry;
        mag_st2(r + i, (uint64_t)p);
        r[i + 2] = (num_limb)(p >> 64);
        return mag_trim(r, an + 2);
    }
    mag_st2(r + an, carry);
    return mag_trim(r, an + 2);
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

/* r[0..bn+1] += m * b for m < 2**64, where r[bn] and r[bn+1] are still zero (schoolbook rows
 * write their top fresh); when m < 2**32 and the product's top limb would be past the end of the
 * result, the caller passes top = false and the product fits bn + 1 limbs. */
static void addmul_row(num_limb *r, const num_limb *b, size_t bn, uint64_t m, bool top) {
    uint64_t carry = 0;
    size_t j = 0;
    for (; j + 1 < bn; j += 2) {
        mag_dword t = (mag_dword)mag_ld2(b + j) * m + mag_ld2(r + j) + carry;
        mag_st2(r + j, (uint64_t)t);
        carry = (uint64_t)(t >> 64);
    }
    if (j < bn) {   /* r[bn] is zero, so the pair r[bn-1..bn] is just r[bn-1] */
        mag_dword t = (mag_dword)b[j] * m + mag_ld2(r + j) + carry;
        mag_st2(r + j, (uint64_t)t);
        if (top) r[j + 2] = (num_limb)(t >> 64);
    } else if (top) {
        mag_st2(r + j, carry);
    } else {
        r[j] = (num_limb)carry;
    }
}

size_t mag_mul(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn) {
    if (an == 0 || bn == 0) return 0;
    if (an > bn) {   /* the outer loop over the shorter operand: a big int times a small one (10 * q)
                      * is one pass over the big one, not one short pass per limb of it */
        const num_limb *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    /* one multiplier limb or pair: a single pass writing exactly an + bn limbs, nothing to clear */
    if (an == 1) return mag_mul_small(r, b, bn, a[0], 0);
    if (an == 2) return mag_mul_word(r, b, bn, mag_ld2(a));
    mag_zero(r, an + bn);
    size_t i = 0;
    for (; i + 1 < an; i += 2) addmul_row(r + i, b, bn, mag_ld2(a + i), true);
    if (i < an) addmul_row(r + i, b, bn, a[i], false);
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

/* The normalised limb k of u << s (b's leading zero bits): what Knuth's algorithm D reads. */
static inline uint64_t norm_limb(const num_limb *u, size_t k, unsigned s) {
    if (s == 0) return u[k];
    return (num_limb)((u[k] << s) | (k ? u[k - 1] >> (32 - s) : 0));
}

/* u[0..bn] -= qd * b[0..bn) for a digit qd < 2**32; true if that went below zero. */
static bool mulsub(num_limb *u, const num_limb *b, size_t bn, uint64_t qd) {
    uint64_t carry = 0, w;
    unsigned char br = 0;
    size_t i = 0;
    for (; i + 1 < bn; i += 2) {
        mag_dword p = (mag_dword)mag_ld2(b + i) * qd + carry;
        carry = (uint64_t)(p >> 64);
        br = subb(br, mag_ld2(u + i), (uint64_t)p, &w);
        mag_st2(u + i, w);
    }
    if (i < bn) {   /* b's odd top limb against the pair u[bn-1..bn]; the product fits 64 bits */
        br = subb(br, mag_ld2(u + i), (uint64_t)b[i] * qd + carry, &w);
        mag_st2(u + i, w);
        return br;
    }
    uint64_t t = (uint64_t)u[bn] - carry - br;
    u[bn] = (num_limb)t;
    return (int64_t)t < 0;
}

/* u[0..bn] += b[0..bn), dropping the carry out (it cancels the borrow mulsub reported). */
static void addback(num_limb *u, const num_limb *b, size_t bn) {
    uint64_t c = 0;
    for (size_t i = 0; i < bn; i++) {
        c += (uint64_t)u[i] + b[i];
        u[i] = (num_limb)c;
        c >>= 32;
    }
    u[bn] += (num_limb)c;
}

/* Knuth, TAOCP vol. 2, 4.3.1 algorithm D, on 32-bit digits, without normalised copies of a and
 * b: the digit estimate reads only the top three limbs of the remainder and the top two of the
 * divisor scaled by 2**s, formed on the fly; scaling both does not change a quotient digit, so
 * the multiply-subtract runs on a plain copy of a (one pass over b per digit, 64 bits a step). */
void mag_divmod(num_limb *q, size_t *qn, num_limb *r, size_t *rn, const num_limb *a, size_t an,
                const num_limb *b, size_t bn, num_limb *scratch) {
    if (mag_cmp(a, an, b, bn) < 0) {
        if (qn) *qn = 0;
        if (r) mag_copy(r, a, an);
        if (rn) *rn = an;
        return;
    }
    if (bn == 1) {
        num_limb *qq = q ? q : scratch;
        uint32_t rem = mag_div_small(qq, qn, a, an, b[0]);
        if (r) r[0] = rem;
        if (rn) *rn = rem != 0;
        return;
    }
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    num_limb *u = scratch;            /* an + 1 limbs: the running remainder */
    mag_copy(u, a, an);
    u[an] = 0;
    uint64_t vtop = norm_limb(b, bn - 1, s), vnext = norm_limb(b, bn - 2, s);
    for (size_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = (norm_limb(u, j + bn, s) << 32) | norm_limb(u, j + bn - 1, s);
        uint64_t qhat = num / vtop, rhat = num % vtop, low = norm_limb(u, j + bn - 2, s);
        while (qhat > 0xFFFFFFFFu || qhat * vnext > ((rhat << 32) | low)) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFu) break;
        }
        if (qhat && mulsub(u + j, b, bn, qhat)) {   /* qhat was one too large */
            qhat--;
            addback(u + j, b, bn);
        }
        if (q) q[j] = (num_limb)qhat;
    }
    if (q) *qn = mag_trim(q, an - bn + 1);
    if (r) mag_copy(r, u, bn);
    if (rn) *rn = mag_trim(u, bn);
}

/* True if a - qd * b < 0; otherwise *nonzero says whether it is nonzero. Reads only. */
static bool submul_negative(const num_limb *a, size_t an, const num_limb *b, size_t bn,
                            uint64_t qd, bool *nonzero) {
    uint64_t carry = 0, w, nz = 0;
    unsigned char br = 0;
    size_t i = 0;
    for (; i + 1 < bn; i += 2) {
        mag_dword p = (mag_dword)mag_ld2(b + i) * qd + carry;
        carry = (uint64_t)(p >> 64);
        br = subb(br, mag_ld2(a + i), (uint64_t)p, &w);
        nz |= w;
    }
    if (i < bn) {   /* b's odd top limb: a 96-bit product against the pair a[bn-1..bn] */
        mag_dword p = (mag_dword)b[i] * qd + carry;
        br = subb(br, i + 1 < an ? mag_ld2(a + i) : a[i], (uint64_t)p, &w);
        nz |= w;
        carry = (uint64_t)(p >> 64);
        i += 2;
    }
    for (; i < an; i += 2) {   /* a's limbs above b's: the product's top */
        br = subb(br, i + 1 < an ? mag_ld2(a + i) : a[i], carry, &w);
        nz |= w;
        carry = 0;
    }
    *nonzero = nz != 0;
    return br || carry;
}

uint64_t mag_div_word(const num_limb *a, size_t an, const num_limb *b, size_t bn,
                      bool *rem_nonzero) {
    /* D: b's top 64 bits normalised; A: a scaled the same way, from limb bn-2 up (3 or 4
     * limbs). floor(A / D) is never below the quotient and at most about 2 above it. */
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    uint64_t d = (norm_limb(b, bn - 1, s) << 32) | norm_limb(b, bn - 2, s);
    uint64_t top = s ? a[an - 1] >> (32 - s) : 0, hi, lo;
    if (an == bn) {
        hi = top;
        lo = (norm_limb(a, an - 1, s) << 32) | norm_limb(a, an - 2, s);
    } else {
        hi = (top << 32) | norm_limb(a, an - 1, s);
        lo = (norm_limb(a, an - 2, s) << 32) | norm_limb(a, an - 3, s);
    }
    uint64_t q, rem;
    if (hi >= d) {
        q = UINT64_MAX;   /* the quotient is below 2**64: the clamp is still an upper bound */
    } else {
        __asm__("divq %4" : "=a"(q), "=d"(rem) : "a"(lo), "d"(hi), "rm"(d));
        /* b lies in [D, D + 1) units of the scaled top, a in [A, A + 1): the quotient is at
         * least floor(A / (D + 1)). When that equals the upper bound floor(A / D) (all but a
         * 2**-60 sliver of cases for a small quotient) it is exact, with no pass over a. */
        if (!rem_nonzero && d != UINT64_MAX) {
            uint64_t qlo, rlo;
            __asm__("divq %4" : "=a"(qlo), "=d"(rlo) : "a"(lo), "d"(hi), "rm"(d + 1));
            (void)rlo;
            if (qlo == q) return q;
        }
    }
    bool nz;
    while (submul_negative(a, an, b, bn, q, &nz)) q--;
    if (rem_nonzero) *rem_nonzero = nz;
    return q;
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
