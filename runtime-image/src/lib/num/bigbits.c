/* bigbits.c — shifts and bitwise operators on signed big ints, with Python's semantics:
 * negatives behave as infinite two's complement, and >> rounds toward minus infinity.
 */
#include "bigint.h"
#include "mag.h"

size_t big_shl_cap(const bigint *a, uint64_t n) { return a->len + (size_t)(n / 32) + 1; }

void big_shl(bigint *r, const bigint *a, uint64_t n) {
    r->len = mag_shl(r->d, a->d, a->len, n);
    r->neg = a->neg && r->len != 0;
}

size_t big_shr_cap(const bigint *a, uint64_t n) { (void)n; return a->len > 0 ? a->len : 1; }

void big_shr(bigint *r, const bigint *a, uint64_t n) {
    r->len = mag_shr(r->d, a->d, a->len, n);
    r->neg = a->neg;
    if (a->neg && mag_low_bits_nonzero(a->d, a->len, n)) {
        num_limb one = 1;   /* -ceil(|a| / 2**n) == floor(a / 2**n) */
        r->len = mag_add(r->d, r->d, r->len, &one, 1);
    }
    if (r->len == 0) r->neg = false;
}

/* Streams limb i of a value's two's complement form: for negatives ~(|a|) + 1, carried along. */
typedef struct { const num_limb *d; size_t len; bool neg; uint64_t carry; } tc_reader;

static uint32_t tc_next(tc_reader *t, size_t i) {
    uint32_t m = i < t->len ? t->d[i] : 0;
    if (!t->neg) return m;
    uint64_t v = (uint64_t)(uint32_t)~m + t->carry;
    t->carry = v >> 32;
    return (uint32_t)v;
}

size_t big_bitop_cap(const bigint *a, const bigint *b) {
    return (a->len > b->len ? a->len : b->len) + 1;
}

static void bitop(bigint *r, const bigint *a, const bigint *b, char op) {
    size_t w = big_bitop_cap(a, b);
    tc_reader ta = {a->d, a->len, a->neg, 1}, tb = {b->d, b->len, b->neg, 1};
    bool rneg = op == '&' ? (a->neg && b->neg) : op == '|' ? (a->neg || b->neg)
                                                            : (a->neg != b->neg);
    uint64_t carry = 1;   /* for converting a negative result back to sign + magnitude */
    for (size_t i = 0; i < w; i++) {
        uint32_t x = tc_next(&ta, i), y = tc_next(&tb, i);
        uint32_t v = op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
        if (rneg) {
            uint64_t t = (uint64_t)(uint32_t)~v + carry;
            carry = t >> 32;
            v = (uint32_t)t;
        }
        r->d[i] = v;
    }
    r->len = mag_trim(r->d, w);
    r->neg = rneg && r->len != 0;
}

void big_and(bigint *r, const bigint *a, const bigint *b) { bitop(r, a, b, '&'); }
void big_or(bigint *r, const bigint *a, const bigint *b) { bitop(r, a, b, '|'); }
void big_xor(bigint *r, const bigint *a, const bigint *b) { bitop(r, a, b, '^'); }

size_t big_invert_cap(const bigint *a) { return a->len + 1; }

void big_invert(bigint *r, const bigint *a) {
    num_limb one = 1;
    if (a->neg) {           /* ~a == |a| - 1 >= 0 */
        mag_copy(r->d, a->d, a->len);
        r->len = mag_sub(r->d, r->d, a->len, &one, 1);
        r->neg = false;
    } else {                /* ~a == -(a + 1) */
        r->len = mag_add(r->d, a->d, a->len, &one, 1);
        r->neg = true;
    }
}

uint64_t big_bit_length(const bigint *a) { return mag_bit_length(a->d, a->len); }

uint64_t big_bit_count(const bigint *a) {
    uint64_t n = 0;
    for (size_t i = 0; i < a->len; i++)   /* no __builtin_popcount: it calls into libgcc */
        for (uint32_t v = a->d[i]; v; v &= v - 1) n++;
    return n;
}
