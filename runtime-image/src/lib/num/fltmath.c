/* fltmath.c — double-double (hi + lo, ~106 bits) exp and log, and pow = exp(y log x).
 * Error-free transformations (two_sum, two_prod by Dekker splitting: no FMA assumed) carry
 * the rounding errors; the final hi + lo is rounded once to a double.
 */
#include "fltmath.h"
#include "fltbits.h"
#include "fltfmt.h"
#include "fltops.h"
#include "dd.h"

/* ln 2 to ~160 bits as three doubles. */
static const double LN2_HI = 0x1.62e42fefa39efp-1, LN2_MID = 0x1.abc9e3b39803fp-56,
                    LN2_LO = 0x1.7b57a079a1934p-111;

double scale2(double v, int k) {   /* v * 2**k exactly while normal, else rounded */
    while (k > 1000) { v *= 0x1p1000; k -= 1000; }
    while (k < -1000) { v *= 0x1p-1000; k += 1000; }
    return v * dbl_from_bits((uint64_t)(k + 1023) << 52);
}

/* 1/n! as dd (n! is exact in a double for n <= 18): q = 1/f, plus (1 - q f) / f. */
static dd inv_factorial(int n) {
    double f = 1.0;
    for (int j = 2; j <= n; j++) f *= j;
    double q = 1.0 / f;
    dd e = two_prod(q, f);
    return quick_two_sum(q, ((1.0 - e.hi) - e.lo) / f);
}

/* e**r for |r.hi| < 746: returns e**(r - k ln2) as dd and k. */
static dd exp_reduced(dd r, int *kout) {
    double kd = flt_round_half_even(r.hi / LN2_HI);
    int k = (int)kd;
    dd kl = two_prod(kd, LN2_HI);
    kl.lo += kd * LN2_MID;
    kl = quick_two_sum(kl.hi, kl.lo);
    dd s = dd_add(r, (dd){-kl.hi, -kl.lo});
    s = dd_add(s, dd_from(-kd * LN2_LO));
    s.hi *= 1.0 / 256; s.lo *= 1.0 / 256;          /* exact: |s| <= 0.0014 now */
    /* expm1(s) by Taylor series, highest term first (s**11/11! < 2**-120) */
    dd p = inv_factorial(11);
    for (int i = 10; i >= 1; i--) p = dd_add(dd_mul(p, s), inv_factorial(i));
    p = dd_mul(p, s);                                    /* p = expm1(s) */
    for (int i = 0; i < 8; i++)                          /* expm1(2s) = 2 expm1(s) + expm1(s)**2 */
        p = dd_add(dd_mul_d(p, 2.0), dd_mul(p, p));
    *kout = k;
    return dd_add(dd_from(1.0), p);
}

static double exp_dd(dd r, bool *overflow) {
    *overflow = false;
    if (r.hi > 709.8) { *overflow = true; return dbl_from_bits(0x7FF0000000000000u); }
    if (r.hi < -745.2) return 0.0;
    int k;
    dd e = exp_reduced(r, &k);
    double v = scale2(e.hi + e.lo, k);
    if (!dbl_is_finite(v)) *overflow = true;
    return v;
}

double flt_exp(double x, bool *overflow) {
    *overflow = false;
    if (x != x) return x;
    return exp_dd(dd_from(x), overflow);
}

/* log(x) as dd for finite x > 0: Newton's step on a double first guess. */
dd log_dd(double x) {
    uint64_t m; int e;
    dbl_decompose(x, &m, &e);
    int k = 63 - __builtin_clzll(m) + e;                 /* x = f * 2**k, f in [1, 2) */
    double f = scale2(x, -k);
    if (f > 1.4142135623730951) { f *= 0.5; k++; }       /* f in [0.707, 1.414] */
    /* first guess: 2 atanh(t), t = (f-1)/(f+1), |t| < 0.172 */
    double t = (f - 1.0) / (f + 1.0), t2 = t * t, sum = 0.0;
    for (int i = 41; i >= 1; i -= 2) sum = sum * t2 + 1.0 / i;
    double y0 = 2.0 * t * sum;
    /* log f = y0 + log1p(f e**-y0 - 1) ~ y0 + u - u**2/2 */
    int k2;
    dd ex = exp_reduced(dd_from(-y0), &k2);
    ex.hi = scale2(ex.hi, k2); ex.lo = scale2(ex.lo, k2);
    dd u = dd_add(dd_mul_d(ex, f), dd_from(-1.0));
    dd y = dd_add(dd_from(y0), dd_add(u, dd_mul_d(dd_mul(u, u), -0.5)));
    /* + k ln 2 */
    double kd = (double)k;
    dd kl = two_prod(kd, LN2_HI);
    kl.lo += kd * LN2_MID + kd * LN2_LO;
    kl = quick_two_sum(kl.hi, kl.lo);
    return dd_add(kl, y);
}

double flt_log(double x) {
    dd l = log_dd(x);
    return l.hi + l.lo;
}

double flt_pow(double x, double y, bool *overflow) {
    *overflow = false;
    if (y == 0 || x == 1) return 1.0;
    if (flt_trunc(y) == y && y >= -4096 && y <= 4096) {
        double r;
        num_status st;
        if (flt_pow_int(x, (int64_t)y, &r, &st)) {
            if (st) { *overflow = true; return dbl_from_bits(0x7FF0000000000000u); }
            return r;
        }
    }
    dd l = log_dd(x);
    return exp_dd(dd_mul_d(l, y), overflow);
}

static const dd INV_LN10 = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
static const dd INV_LN2 = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};

double flt_log10(double x) { dd l = dd_mul(log_dd(x), INV_LN10); return l.hi + l.lo; }
double flt_log2(double x) { dd l = dd_mul(log_dd(x), INV_LN2); return l.hi + l.lo; }
