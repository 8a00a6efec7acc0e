/* flttrig.c — sin, cos, tan, atan, atan2, asin, acos in double-double, rounded once.
 * Argument reduction by pi/2 is exact in effect: Cody-Waite with pi/2 in four doubles for
 * |x| < 2**20, and for larger x the exact product of x's mantissa with 2/pi to 1280 bits
 * (a big-int multiply), so sin(1e300) is as right as sin(1). Inverse functions take a double
 * first guess and one Newton-like correction evaluated in double-double.
 */
#include "fltmath.h"
#include "dd.h"
#include "fltbits.h"
#include "fltfmt.h"
#include "mag.h"

static const double PIO2_1 = 0x1.921fb54442d18p+0, PIO2_2 = 0x1.1a62633145c07p-54,
                    PIO2_3 = -0x1.f1976b7ed8fbcp-110, PIO2_4 = 0x1.4cf98e804177dp-164;
static const dd PIO2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const dd PI = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};

/* floor(2/pi * 2**1280), little-endian limbs */
static const num_limb TWO_OVER_PI[40] = {
    0x9AF4361D, 0xF0CFBC20, 0xFC7B6BAB, 0x56033046, 0x1F8D5D08, 0x6BFB5FB1, 0x8A5292EA, 0x3D0739F7,
    0xEBE5F17B, 0x7527BAC7, 0x9E5FEA2D, 0x4F463F66, 0x27CB09B7, 0x6D367ECF, 0x5A0A6D1F, 0xEF2F118B,
    0xDE05980F, 0x1FF897FF, 0xBDF9283B, 0x9C845F8B, 0x835339F4, 0x3991D639, 0xB45F7E41, 0xE99C7026,
    0x2EBB4484, 0xE88235F5, 0xB129A73E, 0xFE1DEB1C, 0x09D1921C, 0x06492EEA, 0x424DD2E0, 0xB7246E3A,
    0xDEBBC561, 0xFE5163AB, 0x3C439041, 0xDB629599, 0xF534DDC0, 0xFC2757D1, 0x4E441529, 0xA2F9836E,
};

/* x = k * pi/2 + r, |r| <= ~pi/4; returns k mod 4. */
static int reduce(double x, dd *r) {
    double ax = x < 0 ? -x : x;
    if (ax < 0x1p20) {
        double k = flt_round_half_even(x * 0x1.45f306dc9c883p-1);   /* x * 2/pi */
        dd t = dd_add(dd_from(x), (dd){-two_prod(k, PIO2_1).hi, -two_prod(k, PIO2_1).lo});
        dd p2 = two_prod(k, PIO2_2);
        t = dd_add(t, (dd){-p2.hi, -p2.lo});
        dd p3 = two_prod(k, PIO2_3);
        t = dd_add(t, (dd){-p3.hi, -p3.lo});
        t = dd_add(t, dd_from(-k * PIO2_4));
        *r = t;
        return (int)((int64_t)k & 3);
    }
    /* |x| = m * 2**e: x * 2/pi = m * T * 2**(e - 1280); split into integer part and fraction */
    uint64_t m; int e;
    dbl_decompose(ax, &m, &e);
    num_limb ml[2] = {(num_limb)m, (num_limb)(m >> 32)}, p[43];
    size_t pn = mag_mul(p, TWO_OVER_PI, 40, ml, 2);
    int64_t fbits = 1280 - (int64_t)e;          /* bits of p below the binary point */
    /* k mod 4: bits fbits, fbits+1; fraction: the 128 bits just below the point */
    uint64_t w = (uint64_t)fbits;
    int k = (int)(((w / 32 < pn ? p[w / 32] >> (w % 32) : 0) |
                   ((w / 32 + 1 < pn && w % 32 > 30) ? p[w / 32 + 1] << (32 - w % 32) : 0)) & 3);
    /* the fraction, 128 bits as a dd (each 32-bit chunk adds exactly) */
    dd f = dd_from(0.0);
    double scale = 1.0;
    for (int i = 1; i <= 4; i++) {
        int64_t lo = fbits - 32 * i;
        size_t q = (size_t)(lo / 32); unsigned b = (unsigned)(lo % 32);
        uint64_t v = (q < pn ? p[q] : 0) | ((q + 1 < pn ? (uint64_t)p[q + 1] : 0) << 32);
        scale *= 0x1p-32;
        f = dd_add(f, dd_from((double)((v >> b) & 0xFFFFFFFFu) * scale));
    }
    if (f.hi >= 0.5) { f = dd_add(f, dd_from(-1.0)); k = (k + 1) & 3; }
    *r = dd_mul(f, PIO2);
    if (x < 0) { r->hi = -r->hi; r->lo = -r->lo; k = (4 - k) & 3; }
    return k;
}

/* sin(r), cos(r) for |r| <= ~0.8 by Taylor series in r**2 (terms to r**29). */
static dd sin_dd(dd r) {
    dd r2 = dd_mul(r, r), p = DD_INV_FACT[29];
    for (int n = 27; n >= 1; n -= 2) {
        dd c = DD_INV_FACT[n];
        if ((n / 2) & 1) { c.hi = -c.hi; c.lo = -c.lo; }
        p = dd_add(dd_mul(p, r2), c);
    }
    return dd_mul(p, r);
}
static dd cos_dd(dd r) {
    dd r2 = dd_mul(r, r), p = DD_INV_FACT[28];
    for (int n = 26; n >= 0; n -= 2) {
        dd c = DD_INV_FACT[n];
        if ((n / 2) & 1) { c.hi = -c.hi; c.lo = -c.lo; }
        p = dd_add(dd_mul(p, r2), c);
    }
    return p;
}

static dd neg(dd a) { return (dd){-a.hi, -a.lo}; }

/* sin and cos of a double, both as dd. */
static void sincos_dd(double x, dd *s, dd *c) {
    dd r;
    int k = reduce(x, &r);
    dd sr = sin_dd(r), cr = cos_dd(r);
    switch (k) {
    case 0: *s = sr; *c = cr; break;
    case 1: *s = cr; *c = neg(sr); break;
    case 2: *s = neg(sr); *c = neg(cr); break;
    default: *s = neg(cr); *c = sr; break;
    }
}

static double nan_value(void) { return dbl_from_bits(0x7FF8000000000000u); }

double flt_sin(double x) {
    if (!dbl_is_finite(x)) return nan_value();
    if (x == 0) return x;
    dd s, c;
    sincos_dd(x, &s, &c);
    return s.hi + s.lo;
}

double flt_cos(double x) {
    if (!dbl_is_finite(x)) return nan_value();
    dd s, c;
    sincos_dd(x, &s, &c);
    return c.hi + c.lo;
}

double flt_tan(double x) {
    if (!dbl_is_finite(x)) return nan_value();
    if (x == 0) return x;
    dd s, c;
    sincos_dd(x, &s, &c);
    dd t = dd_div(s, c);
    return t.hi + t.lo;
}

/* Plain-double atan for a first guess (error ~1e-16). */
static double atan_guess(double t) {
    bool inv = t > 1 || t < -1;
    if (inv) t = 1.0 / t;
    for (int i = 0; i < 2; i++) t = t / (1.0 + dd_sqrt_hi(1.0 + t * t));   /* halve the angle */
    double t2 = t * t, sum = 0.0;
    for (int n = 25; n >= 1; n -= 2) sum = sum * t2 + ((n / 2) & 1 ? -1.0 : 1.0) / n;
    double a = 4.0 * t * sum;
    if (inv) a = (a > 0 ? PIO2.hi : -PIO2.hi) - a;
    return a;
}

/* atan2 of dd coordinates: theta0 from doubles, then theta0 + (y c - x s) / (x c + y s),
 * the tangent of the remaining angle (tiny, so its atan equals it to ~2**-150). */
static double atan2_dd(dd y, dd x) {
    double th;
    if (x.hi == 0) th = y.hi > 0 ? PIO2.hi : -PIO2.hi;
    else {
        double q = y.hi / x.hi;
        th = dbl_is_finite(q) ? atan_guess(q) : (q > 0 ? PIO2.hi : -PIO2.hi);
        if (x.hi < 0) th += y.hi >= 0 ? PI.hi : -PI.hi;
    }
    /* scale the point to magnitude ~1 (exactly, by a power of two) so products stay finite */
    double big = (y.hi < 0 ? -y.hi : y.hi) > (x.hi < 0 ? -x.hi : x.hi) ? y.hi : x.hi;
    uint64_t mm; int ee;
    dbl_decompose(big < 0 ? -big : big, &mm, &ee);
    int sh = -(63 - __builtin_clzll(mm) + ee);
    double f = scale2(1.0, sh);
    dd ys = {y.hi * f, y.lo * f}, xs = {x.hi * f, x.lo * f};
    dd s, c;
    sincos_dd(th, &s, &c);
    dd num = dd_add(dd_mul(ys, c), neg(dd_mul(xs, s)));
    dd den = dd_add(dd_mul(xs, c), dd_mul(ys, s));
    dd d = dd_div(num, den);
    dd r = dd_add(dd_from(th), d);
    return r.hi + r.lo;
}

double flt_atan(double x) {
    if (dbl_is_nan(x)) return x;
    if (!dbl_is_finite(x)) return x > 0 ? PIO2.hi : -PIO2.hi;
    if (x == 0) return x;
    return atan2_dd(dd_from(x), dd_from(1.0));
}

double flt_atan2(double y, double x) {
    if (dbl_is_nan(x) || dbl_is_nan(y)) return nan_value();
    return atan2_dd(dd_from(y), dd_from(x));
}

/* sqrt(1 - x*x) in dd, from (1 - x)(1 + x). */
static dd cosine_of_asin(double x) {
    return dd_sqrt(dd_mul(two_sum(1.0, -x), two_sum(1.0, x)));
}

double flt_asin(double x) {
    if (!(x >= -1 && x <= 1)) return nan_value();
    if (x == 0) return x;
    return atan2_dd(dd_from(x), cosine_of_asin(x));
}

double flt_acos(double x) {
    if (!(x >= -1 && x <= 1)) return nan_value();
    return atan2_dd(cosine_of_asin(x), dd_from(x));
}
