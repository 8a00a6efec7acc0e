/* mathfn.c — freestanding double-precision functions for the math module and float ** (the board
 * has no libm): sqrt by sqrtsd, exp/log by range reduction plus series, sin/cos by reduction to
 * [-pi/4, pi/4] with Taylor polynomials, atan by argument halving. Accurate to about 1 ulp on the
 * common ranges; last-ulp exactness is not promised. */
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

double math_pow(double x, double y) {
    if (y == 0) return 1.0;
    if (x == 1) return 1.0;
    if (y != y || x != x) return 0.0 / 0.0;
    if (y == 0.5 && x >= 0 && finite(x)) return math_sqrt(x) + 0.0;   /* + 0.0: (-0.0) ** 0.5 is 0.0 */
    /* x * x is the correctly rounded square (the extended-precision loop below would round twice);
     * obj_binary's fast path computes ** 2 the same way */
    if (y == 2) return x * x;
    /* integral exponents: exact repeated squaring in extended precision */
    if (y == (double)(int64_t)y && y > -64 && y < 64) {
        int64_t n = (int64_t)y; int neg = n < 0; if (neg) n = -n;
        long double r = 1, b = x;
        while (n) { if (n & 1) r *= b; b *= b; n >>= 1; }
        return neg ? (double)(1 / r) : (double)r;
    }
    if (x == 0) return y > 0 ? 0.0 : 1.0 / 0.0;
    if (!finite(x)) {
        if (x > 0) return y > 0 ? x : 0.0;
        int odd = y == (double)(int64_t)y && ((int64_t)y & 1);
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
        if (y != (double)(int64_t)y) return 0.0 / 0.0;
        neg = ((int64_t)y & 1) != 0;
        x = -x;
    }
    long double e = (long double)y * x87_log2(x);
    if (e > 16384) return neg ? -1.0 / 0.0 : 1.0 / 0.0;
    if (e < -16500) return neg ? -0.0 : 0.0;
    double r = (double)x87_exp2(e);
    return neg ? -r : r;
}
