/* fltdigits.c — exact decimal digits of doubles, in the three ways formatting needs them:
 * shortest round-trip (Steele & White / Burger & Dybvig free-format, in exact big arithmetic),
 * and rounded half-even to a number of significant or fractional digits (exact quotient
 * x * 10**t with the remainder deciding the rounding). All big numbers live on the stack.
 */
#include "fltdigits.h"
#include "fltbits.h"
#include "mag.h"

#define W 132   /* limbs: m * 10**1074 needs 114, 10**800-scale quotients ~84 */

typedef struct { num_limb d[W]; size_t n; } fbig;

static void fb_set(fbig *a, uint64_t v) {
    a->d[0] = (num_limb)v; a->d[1] = (num_limb)(v >> 32);
    a->n = mag_trim(a->d, 2);
}
static void fb_shl(fbig *a, uint64_t k) { a->n = mag_shl(a->d, a->d, a->n, k); }
static void fb_mul_small(fbig *a, uint32_t m) { a->n = mag_mul_small(a->d, a->d, a->n, m, 0); }
static void fb_mul_pow10(fbig *a, uint32_t k) {
    while (k >= 9) { fb_mul_small(a, 1000000000u); k -= 9; }
    static const uint32_t p10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                    100000000};
    if (k) fb_mul_small(a, p10[k]);
}
static int fb_cmp(const fbig *a, const fbig *b) { return mag_cmp(a->d, a->n, b->d, b->n); }

/* mag_shl shifts from the top down, so in-place left shifts are safe. */

/* Writes the decimal digits of q (destroyed) to out; returns how many. */
static int to_decimal(fbig *q, char *out) {
    uint32_t chunks[W * 32 / 29 + 2];
    int nc = 0;
    while (q->n > 0) chunks[nc++] = mag_div_1e9(q->d, &q->n, q->d, q->n);
    int n = 0;
    if (nc == 0) return 0;
    char tmp[10];
    int t = 0;
    for (uint32_t v = chunks[nc - 1]; v; v /= 10) tmp[t++] = (char)('0' + v % 10);
    while (t > 0) out[n++] = tmp[--t];
    for (int c = nc - 1; c-- > 0;) {
        uint32_t v = chunks[c];
        for (int i = 8; i >= 0; i--) { out[n + i] = (char)('0' + v % 10); v /= 10; }
        n += 9;
    }
    return n;
}

static void strip_zeros(flt_digits *out) {
    while (out->n > 0 && out->d[out->n - 1] == '0') out->n--;
}

/* floor(log10(2**(l))) for |l| < 1200, from below (the callers correct upward). */
static int floor_log10_pow2(int l) {
    int64_t v = (int64_t)l * 78913;
    return (int)(v >= 0 ? v >> 18 : -((-v + 262143) >> 18)) - (l < 0);
}

/* Bits [shift, shift+64) of a. */
static uint64_t bits_at(const fbig *a, uint64_t shift) {
    size_t w = (size_t)(shift / 32);
    unsigned b = (unsigned)(shift % 32);
    uint64_t x0 = w < a->n ? a->d[w] : 0, x1 = w + 1 < a->n ? a->d[w + 1] : 0,
             x2 = w + 2 < a->n ? a->d[w + 2] : 0;
    if (b == 0) return x0 | (x1 << 32);
    return (x0 >> b) | (x1 << (32 - b)) | (x2 << (64 - b));
}

/* d = floor(r / s) for r < 10 s, leaving r %= s: estimate from the top 60 bits of s (never
 * too high, at most one too low), one multiply-subtract, then fix up. */
static int next_digit(fbig *r, const fbig *s) {
    uint64_t sb = mag_bit_length(s->d, s->n);
    uint64_t shift = sb > 60 ? sb - 60 : 0;
    uint64_t est = bits_at(r, shift) / (bits_at(s, shift) + 1);
    if (est) {
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < r->n; i++) {
            uint64_t p = (i < s->n ? est * s->d[i] : 0) + carry;
            carry = p >> 32;
            int64_t t = (int64_t)r->d[i] - (int64_t)(p & 0xFFFFFFFFu) - borrow;
            r->d[i] = (num_limb)t;
            borrow = t < 0;
        }
        r->n = mag_trim(r->d, r->n);
    }
    int d = (int)est;
    while (fb_cmp(r, s) >= 0) { r->n = mag_sub(r->d, r->d, r->n, s->d, s->n); d++; }
    return d;
}

/* Integers below 2**53: neighbours are at most 1 away, so every digit is needed and the
 * shortest string is the integer itself. */
static bool small_integer_digits(uint64_t m, int e, flt_digits *out) {
    uint64_t v;
    if (e >= 0) {
        if (e > 10 || (m << e) >> e != m || (m << e) >= ((uint64_t)1 << 53)) return false;
        v = m << e;
    } else {
        if (e < -52 || (m & ((((uint64_t)1) << -e) - 1)) != 0) return false;
        v = m >> -e;
    }
    char tmp[20];
    int n = 0;
    while (v) { tmp[n++] = (char)('0' + v % 10); v /= 10; }
    out->n = n;
    out->decpt = n;
    for (int i = 0; i < n; i++) out->d[i] = tmp[n - 1 - i];
    strip_zeros(out);
    return true;
}

void flt_digits_shortest(double x, flt_digits *out) {
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    if (small_integer_digits(m, e, out)) return;
    bool even = (m & 1) == 0;
    bool asym = m == ((uint64_t)1 << 52) && e > -1074;   /* lower neighbour is closer */
    fbig r, s, mp, mm, t;
    fb_set(&r, m);
    fb_set(&mp, 1);
    fb_set(&mm, 1);
    fb_set(&s, 1);
    if (e >= 0) {
        fb_shl(&r, (uint64_t)e + 1 + asym);
        fb_shl(&s, 1 + asym);
        fb_shl(&mp, (uint64_t)e + asym);
        fb_shl(&mm, (uint64_t)e);
    } else {
        fb_shl(&r, 1 + asym);
        fb_shl(&s, (uint64_t)(1 - e) + asym);
        fb_shl(&mp, asym);
    }
    int len = (int)mag_bit_length(r.d, r.n) - (int)mag_bit_length(s.d, s.n);
    int k = floor_log10_pow2(len - 1);
    if (k >= 0) fb_mul_pow10(&s, (uint32_t)k);
    else { fb_mul_pow10(&r, (uint32_t)-k); fb_mul_pow10(&mp, (uint32_t)-k); fb_mul_pow10(&mm, (uint32_t)-k); }
    /* from here on mm is only used when the bounds are asymmetric */
    for (;;) {   /* make (r + mp) / s < 1 (<= for even m): then the first digit is right */
        t.n = mag_add(t.d, r.d, r.n, mp.d, mp.n);
        int c = fb_cmp(&t, &s);
        if (c > 0 || (c == 0 && even)) { fb_mul_small(&s, 10); k++; }
        else break;
    }
    out->n = 0;
    out->decpt = k;
    for (;;) {
        fb_mul_small(&r, 10);
        fb_mul_small(&mp, 10);
        if (asym) fb_mul_small(&mm, 10);   /* symmetric bounds: mm == mp, kept in mp only */
        int d = next_digit(&r, &s);
        int c1 = fb_cmp(&r, asym ? &mm : &mp);
        bool low = c1 < 0 || (c1 == 0 && even);
        t.n = mag_add(t.d, r.d, r.n, mp.d, mp.n);
        int c2 = fb_cmp(&t, &s);
        bool high = c2 > 0 || (c2 == 0 && even);
        if (!low && !high) { out->d[out->n++] = (char)('0' + d); continue; }
        if (low && high) {   /* both neighbours' digits read back: take the closer, ties even */
            t.n = mag_shl(t.d, r.d, r.n, 1);
            int c3 = fb_cmp(&t, &s);
            if (c3 > 0 || (c3 == 0 && (d & 1))) d++;
        } else if (high) {
            d++;
        }
        out->d[out->n++] = (char)('0' + d);
        break;
    }
    strip_zeros(out);
}

/* digits of round_half_even(x * 10**t); *qdigits is how many that integer has. */
static void rounded_scaled(double x, int64_t t, flt_digits *out, int *qdigits) {
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    int64_t exact = e < 0 ? -e : 0;          /* beyond this, x * 10**t is an integer */
    if (t > exact) t = exact;
    fbig n, d, q, rem;
    num_limb scratch[2 * W + 4];
    fb_set(&n, m);
    if (e > 0) fb_shl(&n, (uint64_t)e);
    if (t > 0) fb_mul_pow10(&n, (uint32_t)t);
    bool half_up, tie;
    if (t >= 0) {   /* denominator is 2**-e: shift */
        uint64_t sh = e < 0 ? (uint64_t)-e : 0;
        q.n = mag_shr(q.d, n.d, n.n, sh);
        if (sh == 0) { half_up = false; tie = false; }
        else {
            bool half = (sh - 1) / 32 < n.n && ((n.d[(sh - 1) / 32] >> ((sh - 1) % 32)) & 1);
            bool rest = mag_low_bits_nonzero(n.d, n.n, sh - 1);
            half_up = half && rest;
            tie = half && !rest;
        }
    } else {
        fb_set(&d, 1);
        fb_mul_pow10(&d, (uint32_t)-t);
        if (e < 0) fb_shl(&d, (uint64_t)-e);
        mag_divmod(q.d, &q.n, rem.d, &rem.n, n.d, n.n, d.d, d.n, scratch);
        rem.n = mag_shl(rem.d, rem.d, rem.n, 1);
        int c = fb_cmp(&rem, &d);
        half_up = c > 0;
        tie = c == 0;
    }
    if (half_up || (tie && q.n > 0 && (q.d[0] & 1))) {
        num_limb one = 1;
        q.n = mag_add(q.d, q.d, q.n, &one, 1);
    }
    out->n = to_decimal(&q, out->d);
    *qdigits = out->n;
    out->decpt = out->n - (int)t;
}

static int bit_len_of(double x) {   /* x < 2**bit_len_of(x) <= 2x */
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    return 64 - __builtin_clzll(m) + e;
}

void flt_digits_frac(double x, int64_t frac, flt_digits *out) {
    int kmax = floor_log10_pow2(bit_len_of(x)) + 2;      /* x < 10**kmax, generously */
    if (frac + kmax < 0) { out->n = 0; out->decpt = 0; return; }   /* x * 10**frac < 0.1 */
    if (frac > 1100) frac = 1100;
    int qd;
    rounded_scaled(x, frac, out, &qd);
    strip_zeros(out);
}

void flt_digits_sig(double x, int64_t sig, flt_digits *out) {
    if (sig > FLT_DIGITS_MAX - 10) sig = FLT_DIGITS_MAX - 10;   /* beyond 767 all are zeros */
    int k = floor_log10_pow2(bit_len_of(x) - 1) + 1;   /* <= the k with 10**(k-1) <= x < 10**k */
    for (int tries = 0; tries < 4; tries++) {
        int qd;
        rounded_scaled(x, sig - k, out, &qd);
        if (qd <= sig) break;
        k++;    /* k was low, or x rounded up to 10**k: round one place further left */
    }
    strip_zeros(out);
}
