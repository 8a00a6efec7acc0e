/* bigconv.c — big ints meet doubles: int->float, float->int, int/int, and the numeric hash
 * that makes hash(n) == hash(float(n)).
 */
#include "bigint.h"
#include "fltbits.h"
#include "mag.h"
#include "numerr.h"

num_status big_to_double(const bigint *a, double *out, num_error *err) {
    bool overflow;
    double v = mag_to_double(a->d, a->len, 0, false, &overflow);
    if (overflow) return num_fail(err, NUM_E_OVERFLOW, "int too large to convert to float");
    *out = a->neg ? -v : v;
    return NUM_OK;
}

size_t big_from_double_cap(double x) {
    if (!dbl_is_finite(x) || x == 0) return 1;
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    return e > 0 ? (size_t)(e / 32) + 3 : 2;
}

num_status big_from_double(bigint *r, double x, num_error *err) {
    if (dbl_is_nan(x)) return num_fail(err, NUM_E_VALUE, "cannot convert float NaN to integer");
    if (!dbl_is_finite(x))
        return num_fail(err, NUM_E_OVERFLOW, "cannot convert float infinity to integer");
    r->len = 0;
    r->neg = false;
    if (x == 0) return NUM_OK;
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    num_limb t[2] = {(num_limb)m, (num_limb)(m >> 32)};
    if (e >= 0) r->len = mag_shl(r->d, t, mag_trim(t, 2), (uint64_t)e);
    else r->len = e <= -64 ? 0 : mag_shr(r->d, t, mag_trim(t, 2), (uint64_t)-e);
    r->neg = x < 0 && r->len != 0;
    return NUM_OK;
}

/* Compares |a| with the finite nonzero |x| = m * 2**e exactly. */
static int cmp_mag_double(const bigint *a, uint64_t m, int e) {
    uint64_t abits = mag_bit_length(a->d, a->len);
    int64_t xbits = (int64_t)(64 - __builtin_clzll(m)) + e;   /* |x| < 2**xbits, >= 2**(xbits-1) */
    if (xbits <= 0) return a->len ? 1 : -1;                    /* |x| < 1 */
    if ((int64_t)abits != xbits) return (int64_t)abits < xbits ? -1 : 1;
    if (e >= 0) {   /* same length: compare a >> e with m, then a's low e bits */
        num_limb t[3];
        size_t w = (size_t)(e / 32), n = 0;
        for (size_t i = w; i < a->len && n < 3; i++) t[n++] = a->d[i];
        n = mag_shr(t, t, n, (uint64_t)(e % 32));
        uint64_t hi = n ? t[0] : 0;
        if (n > 1) hi |= (uint64_t)t[1] << 32;
        if (hi != m) return hi < m ? -1 : 1;
        return mag_low_bits_nonzero(a->d, a->len, (uint64_t)e) ? 1 : 0;
    }
    /* e < 0 and |a| has as many bits as |x|'s integer part: compare with that, then the fraction */
    uint64_t ip = m >> -e, frac = m & ((((uint64_t)1) << -e) - 1);
    uint64_t av = a->d[0] | (a->len > 1 ? (uint64_t)a->d[1] << 32 : 0);
    if (av != ip) return av < ip ? -1 : 1;
    return frac ? -1 : 0;
}

int big_cmp_double(const bigint *a, double x) {
    if (dbl_is_nan(x)) return NUM_CMP_UNORDERED;
    if (!dbl_is_finite(x)) return x > 0 ? -1 : 1;
    bool xneg = x < 0;
    if (x == 0) return a->len == 0 ? 0 : (a->neg ? -1 : 1);
    if (a->len == 0) return xneg ? 1 : -1;
    if (a->neg != xneg) return a->neg ? -1 : 1;
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    int c = cmp_mag_double(a, m, e);
    return a->neg ? -c : c;
}

int num_cmp_i64_double(int64_t v, double x) {
    num_limb d[2];
    bigint b = {d, 0, false};
    big_from_i64(&b, v);
    return big_cmp_double(&b, x);
}

static size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }

size_t big_truediv_scratch(const bigint *a, const bigint *b) {
    size_t w = max_sz(a->len, b->len) + 4;
    return 6 * w + 8;   /* num, den, q, rem, then Knuth's 2w + 2 */
}

num_status big_truediv(const bigint *a, const bigint *b, double *out, num_limb *scratch,
                       num_error *err) {
    if (b->len == 0) return num_fail(err, NUM_E_ZERODIV, "division by zero");
    bool neg = a->neg != b->neg;
    if (a->len == 0) { *out = neg ? -0.0 : 0.0; return NUM_OK; }
    uint64_t la = mag_bit_length(a->d, a->len), lb = mag_bit_length(b->d, b->len);
    if (la <= 53 && lb <= 53) {   /* both exact as doubles: one IEEE division rounds once */
        double x, y;
        big_to_double(a, &x, NULL);
        big_to_double(b, &y, NULL);
        *out = x / y;
        return NUM_OK;
    }
    /* q = floor(|a| * 2**s / |b|) with 55+ bits, then round q * 2**-s with the remainder as
     * sticky bit. */
    int64_t s = 55 - ((int64_t)la - (int64_t)lb);
    size_t w = max_sz(a->len, b->len) + 4;
    num_limb *num = scratch, *den = scratch + w, *q = scratch + 2 * w, *rem = scratch + 3 * w;
    size_t nn, dn, qn, rn;
    if (s >= 0) {
        nn = mag_shl(num, a->d, a->len, (uint64_t)s);
        mag_copy(den, b->d, b->len); dn = b->len;
    } else {
        mag_copy(num, a->d, a->len); nn = a->len;
        dn = mag_shl(den, b->d, b->len, (uint64_t)-s);
    }
    mag_divmod(q, &qn, rem, &rn, num, nn, den, dn, rem + w);
    bool overflow;
    double v = mag_to_double(q, qn, -s, rn != 0, &overflow);
    if (overflow)
        return num_fail(err, NUM_E_OVERFLOW, "integer division result too large for a float");
    *out = neg ? -v : v;
    return NUM_OK;
}

/* CPython's numeric hash works modulo the Mersenne prime 2**61 - 1. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static uint64_t rot61(uint64_t x, unsigned k) {   /* x * 2**k mod P, for x < P, k < 61 */
    if (k == 0) return x;
    return ((x << k) & HASH_MODULUS) | (x >> (61 - k));
}

static int64_t finish_hash(uint64_t h, bool neg) {
    int64_t v = neg ? -(int64_t)h : (int64_t)h;
    return v == -1 ? -2 : v;
}

int64_t big_hash(const bigint *a) {
    uint64_t h = 0;
    for (size_t i = a->len; i-- > 0;) {
        h = rot61(h, 32) + a->d[i];
        if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    }
    return finish_hash(h, a->neg);
}

int64_t num_hash_i64(int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return finish_hash(m % HASH_MODULUS, v < 0);
}

int64_t num_hash_double(double x) {
    if (dbl_is_nan(x)) return 0;
    if (!dbl_is_finite(x)) return x > 0 ? 314159 : -314159;
    if (x == 0) return 0;
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    /* hash = m * 2**e mod P; 2**61 == 1 (mod P) so the exponent only matters mod 61. */
    int k = e % 61;
    if (k < 0) k += 61;
    return finish_hash(rot61(m % HASH_MODULUS, (unsigned)k), x < 0);
}
