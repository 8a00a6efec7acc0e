/* bigbytes.c — big ints as byte strings (to_bytes/from_bytes, two's complement when signed),
 * as exact ratios of doubles (as_integer_ratio), and round(n, -k) half to even.
 */
#include "bigint.h"
#include "fltbits.h"
#include "mag.h"
#include "numerr.h"

num_status big_from_double_ratio(bigint *num, bigint *den, double x, num_error *err) {
    if (dbl_is_nan(x)) return num_fail(err, NUM_E_VALUE, "cannot convert NaN to integer ratio");
    if (!dbl_is_finite(x))
        return num_fail(err, NUM_E_OVERFLOW, "cannot convert Infinity to integer ratio");
    num->len = 0; num->neg = false;
    den->d[0] = 1; den->len = 1; den->neg = false;
    if (x == 0) return NUM_OK;
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    while (!(m & 1)) { m >>= 1; e++; }   /* lowest terms: den is a power of two */
    num_limb t[2] = {(num_limb)m, (num_limb)(m >> 32)};
    size_t tn = mag_trim(t, 2);
    if (e >= 0) num->len = mag_shl(num->d, t, tn, (uint64_t)e);
    else { mag_copy(num->d, t, tn); num->len = tn; den->len = mag_shl(den->d, den->d, 1, (uint64_t)-e); }
    num->neg = x < 0;
    return NUM_OK;
}

/* Byte i (from the least significant) of a's two's complement form, streamed in order. */
typedef struct { const bigint *a; uint64_t carry; } tc_bytes;

static uint8_t tc_byte(tc_bytes *t, size_t i) {
    size_t w = i / 4;
    uint8_t b = w < t->a->len ? (uint8_t)(t->a->d[w] >> (8 * (i % 4))) : 0;
    if (!t->a->neg) return b;
    uint64_t v = (uint64_t)(uint8_t)~b + t->carry;   /* ~m + 1, byte by byte */
    t->carry = v >> 8;
    return (uint8_t)v;
}

num_status big_to_bytes(const bigint *a, uint8_t *out, size_t length, bool little,
                        bool is_signed, num_error *err) {
    if (a->neg && !is_signed)
        return num_fail(err, NUM_E_OVERFLOW, "can't convert negative int to unsigned");
    uint64_t bits = mag_bit_length(a->d, a->len);
    uint64_t room = (uint64_t)length * 8;
    bool fits;
    if (!is_signed) fits = bits <= room;
    else if (!a->neg) fits = bits < room || a->len == 0;
    else {   /* -2**(room-1) is the most negative: |a| - 1 needs fewer than room bits */
        bool pow2 = !mag_low_bits_nonzero(a->d, a->len, bits - 1);
        fits = (pow2 ? bits - 1 : bits) < room;
        if (bits == 1 && length == 0) fits = true;   /* CPython lets -1 fit in zero bytes */
    }
    if (!fits) return num_fail(err, NUM_E_OVERFLOW, "int too big to convert");
    tc_bytes t = {a, 1};
    for (size_t i = 0; i < length; i++) {
        uint8_t b = tc_byte(&t, i);
        out[little ? i : length - 1 - i] = b;
    }
    return NUM_OK;
}

size_t big_from_bytes_cap(size_t n) { return n / 4 + 2; }

void big_from_bytes(bigint *r, const uint8_t *bytes, size_t n, bool little, bool is_signed) {
    size_t words = n / 4 + 1;
    mag_zero(r->d, words + 1);
    for (size_t i = 0; i < n; i++) {
        uint8_t b = bytes[little ? i : n - 1 - i];
        r->d[i / 4] |= (num_limb)b << (8 * (i % 4));
    }
    r->len = mag_trim(r->d, words);
    r->neg = false;
    if (is_signed && n > 0 && (bytes[little ? n - 1 : 0] & 0x80)) {
        /* value - 2**(8n): magnitude = 2**(8n) - value = two's complement of the bytes */
        uint64_t carry = 1;
        size_t nb = n;
        for (size_t i = 0; i < words; i++) {
            uint32_t v = ~r->d[i];
            if (i * 4 + 4 > nb) {   /* only the bytes that exist take part */
                unsigned keep = (unsigned)(nb > i * 4 ? nb - i * 4 : 0);
                v &= keep >= 4 ? 0xFFFFFFFFu : ((1u << (8 * keep)) - 1);
            }
            uint64_t s = (uint64_t)v + carry;
            r->d[i] = (num_limb)s;
            carry = s >> 32;
        }
        /* a carry out of the top existing byte means the value was 0 mod 2**(8n): not here,
         * since the sign bit is set */
        r->len = mag_trim(r->d, words);
        r->neg = r->len != 0;
    }
}

static size_t pow10_limbs(uint64_t k) { return (size_t)(k * 10 / 96) + 2; }

/* Whether 10**k certainly exceeds 2|a| (then the result is 0): 2**(3k) <= 10**k. */
static bool rounds_to_zero(const bigint *a, uint64_t k) {
    return k > 1000000 || 3 * k >= mag_bit_length(a->d, a->len) + 2;
}

size_t big_round_pow10_cap(const bigint *a, uint64_t k) {
    if (rounds_to_zero(a, k)) return 1;
    return a->len + pow10_limbs(k) + 2;
}

size_t big_round_pow10_scratch(const bigint *a, uint64_t k) {
    if (rounds_to_zero(a, k)) return 0;
    size_t p = pow10_limbs(k);
    return p + (a->len + 2) + (p + 1) + (a->len + 2 * p + 3) + 4;
}

void big_round_pow10(bigint *r, const bigint *a, uint64_t k, num_limb *scratch) {
    r->len = 0; r->neg = false;
    if (rounds_to_zero(a, k)) return;
    size_t pl = pow10_limbs(k);
    bigint p = {scratch, 0, false};
    p.len = mag_pow10(p.d, (uint32_t)k);
    bigint q = {scratch + pl, 0, false}, m = {q.d + a->len + 2, 0, false};
    num_limb *work = m.d + pl + 1;
    big_divmod(&q, &m, a, &p, work);             /* floor: 0 <= m < p */
    /* compare 2m with p without overflowing m's buffer: m < p, so compare m with p - m */
    bigint rest = {work, 0, false};
    mag_copy(rest.d, p.d, p.len);
    rest.len = mag_sub(rest.d, rest.d, p.len, m.d, m.len);
    int c = mag_cmp(m.d, m.len, rest.d, rest.len);
    if (c > 0 || (c == 0 && q.len && (q.d[0] & 1))) {
        num_limb one = 1;
        bigint o = {&one, 1, false};
        bigint q2 = {work, 0, false};
        big_add(&q2, &q, &o);
        mag_copy(q.d, q2.d, q2.len); q.len = q2.len; q.neg = q2.neg;
    }
    big_mul(r, &q, &p, NULL);
}
