/* mathfn.c — freestanding double-precision functions for the math module and float ** (the board
 * has no libm): sqrt by sqrtsd, exp/log by range reduction plus series, sin/cos by reduction to
 * [-pi/4, pi/4] with Taylor polynomials, atan by argument halving. Accurate to about 1 ulp on the
 * common ranges; last-ulp exactness is not promised, but pow is correctly rounded save
 * near-ties (CPython's C library pow is within 0.52 ulp: the two differ there, rarely). */
#include <stdint.h>

double math_sqrt(double x) { double r; __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x)); return r; }

/* The x87 unit computes log2, 2^x, sin, cos, tan and atan in 80-bit precision; rounding its
 * result to double gives the correctly rounded value in nearly every case. */
static long double x87_log2(long double x) { long double r; __asm__("fld1\n\tfxch\n\tfyl2x" : "=t"(r) : "0"(x)); return r; }
static long double x87_ln(long double x) { long double r; __asm__("fldln2\n\tfxch\n\tfyl2x" : "=t"(r) : "0"(x)); return r; }
static long double x87_exp2(long double y) {
    long double n, f, r;
    __asm__("frndint" : "=t"(n) : "0"(y));
    f = y - n;
    __asm__("f2xm1" : "=t"(r) : "0"(f));
    r += 1;
    __asm__("fscale" : "=t"(r) : "0"(r), "u"(n));
    return r;
}
static int finite(double x) { return x - x == 0; }

double math_exp(double x) {
    if (x != x) return x;
    if (x > 709.8) return 1.0 / 0.0;
    if (x < -745.2) return 0.0;
    return (double)x87_exp2((long double)x * 1.44269504088896340735992468100189214L);
}
double math_log(double x) {
    if (x != x || x < 0) return 0.0 / 0.0;
    if (x == 0) return -1.0 / 0.0;
    if (!finite(x)) return x;
    return (double)x87_ln(x);
}
double math_log2(double x) {
    if (x != x || x < 0) return 0.0 / 0.0;
    if (x == 0) return -1.0 / 0.0;
    if (!finite(x)) return x;
    return (double)x87_log2(x);
}
static long double big_reduce(double x) {
    /* fsin/fcos handle |x| < 2^63; reduce larger arguments with fprem1 by 2*pi */
    long double r = x;
    if (x > 1e18 || x < -1e18) {
        long double twopi = 6.28318530717958647692528676655900577L;
        __asm__("1:\n\tfprem1\n\tfnstsw %%ax\n\ttestw $0x400, %%ax\n\tjnz 1b" : "=t"(r) : "0"(r), "u"(twopi) : "ax");
    }
    return r;
}
double math_sin(double x) { if (!finite(x)) return 0.0 / 0.0; long double r; __asm__("fsin" : "=t"(r) : "0"(big_reduce(x))); return (double)r; }
double math_cos(double x) { if (!finite(x)) return 0.0 / 0.0; long double r; __asm__("fcos" : "=t"(r) : "0"(big_reduce(x))); return (double)r; }
double math_tan(double x) {
    if (!finite(x)) return 0.0 / 0.0;
    long double s, c;
    __asm__("fsincos" : "=t"(c), "=u"(s) : "0"(big_reduce(x)));
    return (double)(s / c);
}
double math_atan2(double y, double x) {
    long double r;
    __asm__("fpatan" : "=t"(r) : "0"((long double)x), "u"((long double)y) : "st(1)");
    return (double)r;
}
double math_atan(double x) { return math_atan2(x, 1.0); }
double math_asin(double x) { return math_atan2(x, math_sqrt((1 - x) * (1 + x))); }
double math_acos(double x) { return math_atan2(math_sqrt((1 - x) * (1 + x)), x); }

/* ---- float ** float, correctly rounded in practice (as the C library's pow that CPython calls):
 * x = m * 2^k, log2(m) and 2^f in double-extended pairs (hi + lo, about 128 bits, products split
 * the Dekker way), so that the only rounding that shows is the last one, to double. The x87
 * instructions alone (fyl2x, f2xm1) are good to about 2^-63 and miss the last bit now and then. */
typedef struct { long double hi, lo; } xx;
static xx two_sum(long double a, long double b) { long double s = a + b, bb = s - a; return (xx){ s, (a - (s - bb)) + (b - bb) }; }
static void split(long double a, long double *h, long double *l) {
    long double t = a * 4294967297.0L;   /* 2^32 + 1: halves of a 64-bit significand */
    *h = t - (t - a);
    *l = a - *h;
}
static xx two_prod(long double a, long double b) {
    long double p = a * b, ah, al, bh, bl;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    return (xx){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}
static xx xx_add(xx a, xx b) { xx s = two_sum(a.hi, b.hi); return two_sum(s.hi, s.lo + a.lo + b.lo); }
static xx xx_mul(xx a, xx b) { xx p = two_prod(a.hi, b.hi); return two_sum(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi); }

/* log2(m) for m in [sqrt(1/2), sqrt(2)]: 2 atanh(s) / ln 2 with s = (m - 1) / (m + 1) */
static xx log2_mant(double m) {
    long double num = (long double)m - 1, den = (long double)m + 1;
    long double sh = num / den;
    xx p = two_prod(sh, den);
    xx s = { sh, ((num - p.hi) - p.lo) / den };
    long double s2 = sh * sh, t = 0;
    for (int n = 31; n >= 3; n -= 2) t = t * s2 + 1.0L / n;   /* s^2/3 + s^4/5 + ... */
    t *= s2;
    xx st = xx_add(s, two_prod(sh, t));   /* atanh(s) = s (1 + t) */
    st.hi *= 2; st.lo *= 2;
    static const xx log2e = { 0x171547652b82fe178p-64L, -0x105e004be5b8b05dcp-129L };
    return xx_mul(st, log2e);
}
/* 2^f for |f| <= 1/2 + a little: e^z with z = f ln 2, 1 + z + z^2 (1/2 + z/6 + ...) */
static xx exp2_frac(xx f) {
    static const xx ln2 = { 0x162e42fefa39ef358p-65L, -0x1b0e2633fe0684a86p-131L };
    xx z = xx_mul(f, ln2);
    long double q = 0;
    for (int n = 20; n >= 2; n--) { long double inv = 1; for (int j = 2; j <= n; j++) inv /= j; q = q * z.hi + inv; }
    long double tail = z.hi * z.hi * q + z.hi * z.lo;   /* z^2 (1/2 + ...) and z's low part squared in */
    xx a = two_sum(1.0L, z.hi);
    return two_sum(a.hi, a.lo + z.lo + tail);
}
static double dbl_from_bits(uint64_t b) { union { uint64_t u; double d; } c = { b }; return c.d; }
static uint64_t dbl_bits(double d) { union { double d; uint64_t u; } c = { d }; return c.u; }
/* hi + lo rounded once to double (nearest, ties to even), then times 2^n */
static double round_scaled(xx v, int n) {
    double d = (double)v.hi;
    long double rem = (v.hi - (long double)d) + v.lo;
    uint64_t b = dbl_bits(d);
    int ex = (int)((b >> 52) & 0x7ff);
    long double half = (long double)dbl_from_bits((uint64_t)(ex - 53) << 52);   /* half an ulp of d (d in [1/2, 2]) */
    if (rem > half || (rem == half && (b & 1))) d = dbl_from_bits(b + 1);
    else if (rem < -half || (rem == -half && (b & 1))) d = dbl_from_bits(b - 1);
    /* d's exponent moves by n; exact while the result is normal, else one rounding in extended */
    b = dbl_bits(d);
    ex = (int)((b >> 52) & 0x7ff) + n;
    if (ex >= 1 && ex <= 2046) return dbl_from_bits((b & ~(0x7ffull << 52)) | ((uint64_t)ex << 52));
    if (ex > 2046) return 1.0 / 0.0;
    long double r = v.hi + v.lo;
    for (; n < 0; n++) r *= 0.5L;
    return (double)r;
}
/* y is a whole number; odd for |y| < 2^53 only (larger doubles are all even) */
static int is_integral(double y) { return y <= -0x1p52 || y >= 0x1p52 || y == (double)(int64_t)y; }
static int is_odd(double y) { return y > -0x1p53 && y < 0x1p53 && y == (double)(int64_t)y && ((int64_t)y & 1); }
static double pow_positive(double x, double y) {
    uint64_t b = dbl_bits(x);
    int k = (int)((b >> 52) & 0x7ff);
    if (k == 0) {   /* subnormal: scale into the normal range first */
        b = dbl_bits(x * 0x1p64);
        k = (int)((b >> 52) & 0x7ff) - 64;
    }
    k -= 1023;
    double m = dbl_from_bits((b & ~(0x7ffull << 52)) | (1023ull << 52));   /* in [1, 2) */
    if (m > 1.4142135623730951) { m *= 0.5; k++; }
    xx e = xx_add(two_prod((long double)y, (long double)k), xx_mul((xx){ y, 0 }, log2_mant(m)));
    if (e.hi > 1100) return 1.0 / 0.0;
    if (e.hi < -1200) return 0.0;
    long double nf;
    __asm__("frndint" : "=t"(nf) : "0"(e.hi));
    xx f = two_sum(e.hi - nf, e.lo);
    return round_scaled(exp2_frac(f), (int)nf);
}

double math_pow(double x, double y) {
    if (y == 0) return 1.0;
    if (x == 1) return 1.0;
    if (y != y || x != x) return 0.0 / 0.0;
    if (y == 0.5 && x >= 0 && finite(x)) return math_sqrt(x) + 0.0;   /* + 0.0: (-0.0) ** 0.5 is 0.0 */
    /* x * x is the correctly rounded square; obj_binary's fast path computes ** 2 the same way */
    if (y == 2) return x * x;
    if (y == 1) return x;
    if (x == 0) {
        int odd = is_odd(y);
        if (y > 0) return odd ? x : 0.0;
        return odd && dbl_bits(x) >> 63 ? -1.0 / 0.0 : 1.0 / 0.0;
    }
    if (!finite(x)) {
        int odd = is_odd(y);
        if (x > 0) return y > 0 ? x : 0.0;
        double r = y > 0 ? 1.0 / 0.0 : 0.0;
        return odd ? -r : r;
    }
    if (!finite(y)) {
        double ax = x < 0 ? -x : x;
        if (ax == 1) return 1.0;
        return (ax > 1) == (y > 0) ? 1.0 / 0.0 : 0.0;
    }
    int neg = 0;
    if (x < 0) {
        if (!is_integral(y)) return 0.0 / 0.0;
        neg = is_odd(y);
        x = -x;
    }
    /* the pair arithmetic needs the x87's full 64-bit significand: the board may start with the
     * precision control at double (as some systems set it); set it for the call, then restore */
    uint16_t cw, cw64;
    __asm__ volatile("fnstcw %0" : "=m"(cw));
    cw64 = cw | 0x300;
    __asm__ volatile("fldcw %0" : : "m"(cw64));
    double r = pow_positive(x, y);
    __asm__ volatile("fldcw %0" : : "m"(cw));
    return neg ? -r : r;
}
