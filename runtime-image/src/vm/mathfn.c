/* mathfn.c — freestanding double-precision functions for the math module and float ** (the board
 * has no libm): sqrt by sqrtsd, exp/log by range reduction plus series, sin/cos by reduction to
 * [-pi/4, pi/4] with Taylor polynomials, atan by argument halving. Accurate to about 1 ulp on the
 * common ranges; last-ulp exactness is not promised. */
#include <stdint.h>

static const double LN2 = 0.6931471805599453094172321;
static const double PI = 3.141592653589793238462643;

double math_sqrt(double x) { double r; __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x)); return r; }

static double ldexp_(double x, int e) {
    while (e > 1000) { x *= 0x1p1000; e -= 1000; }
    while (e < -1000) { x *= 0x1p-1000; e += 1000; }
    union { double d; uint64_t u; } s = { .u = (uint64_t)(e + 1023) << 52 };
    return x * s.d;
}

double math_exp(double x) {
    if (x != x) return x;
    if (x > 709.8) return 1.0 / 0.0;
    if (x < -745.2) return 0.0;
    double kf = x / LN2;
    int k = (int)(kf < 0 ? kf - 0.5 : kf + 0.5);
    /* r = x - k*ln2 in two parts for accuracy */
    double r = (x - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10;
    double term = 1.0, sum = 1.0;
    for (int i = 1; i < 28; i++) { term *= r / i; sum += term; if (term < 1e-18 * sum && term > -1e-18 * sum) break; }
    return ldexp_(sum, k);
}

double math_log(double x) {
    if (x != x || x < 0) return 0.0 / 0.0;
    if (x == 0) return -1.0 / 0.0;
    if (x == 1.0 / 0.0) return x;
    union { double d; uint64_t u; } v = { .d = x };
    int e = (int)((v.u >> 52) & 0x7FF);
    if (e == 0) { v.d = x * 0x1p54; e = (int)((v.u >> 52) & 0x7FF) - 54; }
    e -= 1023;
    v.u = (v.u & 0x000FFFFFFFFFFFFFull) | 0x3FF0000000000000ull; /* m in [1,2) */
    double m = v.d;
    if (m > 1.4142135623730951) { m *= 0.5; e++; }
    double s = (m - 1) / (m + 1), s2 = s * s, term = s, sum = 0;
    for (int i = 1; i < 60; i += 2) { sum += term / i; term *= s2; if (term < 1e-20 && term > -1e-20) break; }
    return 2 * sum + e * LN2;
}

static double sin_poly(double x) {
    double x2 = x * x, term = x, sum = x;
    for (int i = 1; i < 12; i++) { term *= -x2 / ((2 * i) * (2 * i + 1)); sum += term; }
    return sum;
}
static double cos_poly(double x) {
    double x2 = x * x, term = 1, sum = 1;
    for (int i = 1; i < 12; i++) { term *= -x2 / ((2 * i - 1) * (2 * i)); sum += term; }
    return sum;
}
/* reduce x to r in [-pi/4, pi/4] with x = r + q*pi/2 */
static double reduce(double x, int *q) {
    double k = x * (2 / PI);
    k = k < 0 ? (double)(int64_t)(k - 0.5) : (double)(int64_t)(k + 0.5);
    *q = (int)((int64_t)k & 3);
    return ((x - k * 1.57079632673412561417e+00) - k * 6.07710050650619224932e-11) - k * 2.02226624879595063154e-21;
}
double math_sin(double x) {
    if (x - x != 0) return 0.0 / 0.0;
    int q; double r = reduce(x, &q);
    switch (q) { case 0: return sin_poly(r); case 1: return cos_poly(r); case 2: return -sin_poly(r); default: return -cos_poly(r); }
}
double math_cos(double x) {
    if (x - x != 0) return 0.0 / 0.0;
    int q; double r = reduce(x, &q);
    switch (q) { case 0: return cos_poly(r); case 1: return -sin_poly(r); case 2: return -cos_poly(r); default: return sin_poly(r); }
}
double math_tan(double x) { return math_sin(x) / math_cos(x); }

double math_atan(double x) {
    if (x != x) return x;
    int neg = x < 0; if (neg) x = -x;
    int inv = x > 1; if (inv) x = 1 / x;
    /* halve the angle twice: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))) */
    double y = x / (1 + math_sqrt(1 + x * x));
    y = y / (1 + math_sqrt(1 + y * y));
    double y2 = y * y, term = y, sum = 0;
    for (int i = 0; i < 40; i++) { sum += term / (2 * i + 1); term *= -y2; }
    double r = 4 * sum;
    if (inv) r = PI / 2 - r;
    return neg ? -r : r;
}
double math_atan2(double y, double x) {
    if (x > 0) return math_atan(y / x);
    if (x < 0) return y >= 0 ? math_atan(y / x) + PI : math_atan(y / x) - PI;
    if (y > 0) return PI / 2;
    if (y < 0) return -PI / 2;
    return 0.0;
}
double math_asin(double x) { return math_atan2(x, math_sqrt(1 - x * x)); }
double math_acos(double x) { return math_atan2(math_sqrt(1 - x * x), x); }

double math_pow(double x, double y) {
    if (y == 0) return 1.0;
    if (x == 1) return 1.0;
    if (y != y || x != x) return 0.0 / 0.0;
    /* integral exponents: exact repeated squaring */
    if (y == (double)(int64_t)y && y > -2048 && y < 2048) {
        int64_t n = (int64_t)y; int neg = n < 0; if (neg) n = -n;
        double r = 1, b = x;
        while (n) { if (n & 1) r *= b; b *= b; n >>= 1; }
        return neg ? 1 / r : r;
    }
    if (x == 0) return y > 0 ? 0.0 : 1.0 / 0.0;
    if (x < 0) {
        if (y == (double)(int64_t)y) { double r = math_exp(y * math_log(-x)); return ((int64_t)y & 1) ? -r : r; }
        return 0.0 / 0.0;
    }
    if (x == 1.0 / 0.0) return y > 0 ? x : 0.0;
    return math_exp(y * math_log(x));
}
