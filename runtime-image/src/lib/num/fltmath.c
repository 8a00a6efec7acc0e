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

const dd DD_INV_FACT[30] = {
    {0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p-1, 0x0.0p+0},
    {0x1.5555555555555p-3, 0x1.5555555555555p-57},
    {0x1.5555555555555p-5, 0x1.5555555555555p-59},
    {0x1.1111111111111p-7, 0x1.1111111111111p-63},
    {0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65},
    {0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73},
    {0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76},
    {0x1.71de3a556c734p-19, -0x1.c154f8ddc6c00p-73},
    {0x1.27e4fb7789f5cp-22, 0x1.cbbc05b4fa99ap-76},
    {0x1.ae64567f544e4p-26, -0x1.c062e06d1f209p-80},
    {0x1.1eed8eff8d898p-29, -0x1.2aec959e14c06p-83},
    {0x1.6124613a86d09p-33, 0x1.f28e0cc748ebep-87},
    {0x1.93974a8c07c9dp-37, 0x1.05d6f8a2efd1fp-92},
    {0x1.ae7f3e733b81fp-41, 0x1.1d8656b0ee8cbp-97},
    {0x1.ae7f3e733b81fp-45, 0x1.1d8656b0ee8cbp-101},
    {0x1.952c77030ad4ap-49, 0x1.ac981465ddc6cp-103},
    {0x1.6827863b97d97p-53, 0x1.eec01221a8b0bp-107},
    {0x1.2f49b46814157p-57, 0x1.2650f61dbdcb4p-112},
    {0x1.e542ba4020225p-62, 0x1.ea72b4afe3c2fp-120},
    {0x1.71b8ef6dcf572p-66, -0x1.d043ae40c4647p-120},
    {0x1.0ce396db7f853p-70, -0x1.aebcdbd20331cp-124},
    {0x1.761b41316381ap-75, -0x1.3423c7d91404fp-130},
    {0x1.f2cf01972f578p-80, -0x1.9ada5fcc1ab14p-135},
    {0x1.3f3ccdd165fa9p-84, -0x1.58ddadf344487p-139},
    {0x1.88e85fc6a4e5ap-89, -0x1.71c37ebd16540p-143},
    {0x1.d1ab1c2dccea3p-94, 0x1.054d0c78aea14p-149},
    {0x1.0a18a2635085dp-98, 0x1.b9e2e28e1aa54p-153},
    {0x1.259f98b4358adp-103, 0x1.eaf8c39dd9bc5p-157},
};

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
    dd p = DD_INV_FACT[11];
    for (int i = 10; i >= 1; i--) p = dd_add(dd_mul(p, s), DD_INV_FACT[i]);
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
