/* fltops.c — floor/ceil/trunc, fmod and Python's float divmod without libm. fmod is exact:
 * it reduces integer mantissas, never divides in floating point.
 */
#include "fltops.h"
#include "fltbits.h"
#include "fltfmt.h"
#include "mag.h"

static double with_sign_of(double v, double s) {
    uint64_t b = (dbl_bits(v) & ~((uint64_t)1 << 63)) | (dbl_bits(s) & ((uint64_t)1 << 63));
    return dbl_from_bits(b);
}

double flt_trunc(double x) {
    double ax = x < 0 ? -x : x;
    if (!(ax < 4503599627370496.0)) return x;
    return with_sign_of((double)(int64_t)x, x);
}

double flt_floor(double x) {
    double t = flt_trunc(x);
    return t > x ? t - 1.0 : t;
}

double flt_ceil(double x) {
    double t = flt_trunc(x);
    return t < x ? t + 1.0 : t;
}

double flt_fmod(double x, double y) {
    if (!dbl_is_finite(x) || dbl_is_nan(y) || y == 0) return dbl_from_bits(0x7FF8000000000000u);
    if (!dbl_is_finite(y) || x == 0) return x;
    double ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
    if (ax < ay) return x;
    uint64_t mx, my; int ex, ey;
    dbl_decompose(ax, &mx, &ex);
    dbl_decompose(ay, &my, &ey);
    /* (mx * 2**(ex-ey)) mod my, eleven bits at a time (my < 2**53 so r << 11 fits) */
    uint64_t r = mx % my;
    int k = ex - ey;
    while (k > 0) {
        int step = k > 11 ? 11 : k;
        r = (r << step) % my;
        k -= step;
    }
    num_limb l[2] = {(num_limb)r, (num_limb)(r >> 32)};
    bool ovf;
    double v = mag_to_double(l, r ? (l[1] ? 2 : 1) : 0, ey, false, &ovf);
    return with_sign_of(v, x);
}

num_status flt_divmod(double x, double y, double *floordiv, double *mod) {
    if (y == 0) return NUM_E_ZERODIV;
    double m = flt_fmod(x, y);
    double div = (x - m) / y;   /* exact multiple of y, up to the division's rounding */
    if (m != 0) {
        if ((y < 0) != (m < 0)) { m += y; div -= 1.0; }
    } else {
        m = with_sign_of(0.0, y);
    }
    double fd;
    if (div != 0) {
        fd = flt_floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = with_sign_of(0.0, x / y);
    }
    if (floordiv) *floordiv = fd;
    if (mod) *mod = m;
    return NUM_OK;
}

#define POW_LIMBS 100   /* exact powers up to 3000 bits, plus the 2**s numerator for 1/P */

bool flt_pow_int(double x, int64_t n, double *out, num_status *status) {
    *status = NUM_OK;
    if (n == 0) { *out = 1.0; return true; }
    if (x == 0 || !dbl_is_finite(x)) return false;
    uint64_t m; int e;
    dbl_decompose(x < 0 ? -x : x, &m, &e);
    while (!(m & 1)) { m >>= 1; e++; }   /* fewer bits to raise */
    uint64_t an = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    unsigned mbits = 64 - (unsigned)__builtin_clzll(m);
    if (mbits > 1 && an > 3000 / mbits) return false;
    if (an > ((uint64_t)1 << 40)) return false;   /* keeps e * n in range; m == 1 here */
    num_limb p[POW_LIMBS], t[POW_LIMBS], base[2] = {(num_limb)m, (num_limb)(m >> 32)};
    size_t pn = 1, bn = mag_trim(base, 2);
    p[0] = 1;
    for (int bit = 63 - __builtin_clzll(an); bit >= 0; bit--) {   /* exact square-and-multiply */
        size_t tn = mag_mul(t, p, pn, p, pn);
        if ((an >> bit) & 1) pn = mag_mul(p, t, tn, base, bn);
        else { mag_copy(p, t, tn); pn = tn; }
    }
    int64_t e2 = (int64_t)e * (int64_t)an;
    bool overflow = false, neg = x < 0 && (an & 1);
    double v;
    if (n > 0) {
        v = mag_to_double(p, pn, e2, false, &overflow);
    } else {   /* 1 / (P * 2**e2) = floor(2**s / P) * 2**(-s-e2), remainder as sticky */
        uint64_t s = mag_bit_length(p, pn) + 55;
        num_limb num[POW_LIMBS], q[POW_LIMBS], rem[POW_LIMBS], scratch[2 * POW_LIMBS + 4];
        num_limb one = 1;
        size_t nn = mag_shl(num, &one, 1, s), qn, rn;
        mag_divmod(q, &qn, rem, &rn, num, nn, p, pn, scratch);
        v = mag_to_double(q, qn, -(int64_t)s - e2, rn != 0, &overflow);
    }
    if (overflow) { *status = NUM_E_OVERFLOW; return true; }
    *out = neg ? -v : v;
    return true;
}
