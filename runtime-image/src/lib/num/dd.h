/* dd.h — internal: double-double arithmetic (a value is hi + lo, ~106 bits). Error-free
 * transformations: two_sum (Knuth), two_prod by Dekker splitting (no FMA assumed).
 */
#ifndef RIVET_NUM_DD_H
#define RIVET_NUM_DD_H

typedef struct { double hi, lo; } dd;

static inline dd two_sum(double a, double b) {
    double s = a + b, bb = s - a;
    return (dd){s, (a - (s - bb)) + (b - bb)};
}
static inline dd quick_two_sum(double a, double b) {   /* |a| >= |b| */
    double s = a + b;
    return (dd){s, b - (s - a)};
}
static inline void split(double a, double *hi, double *lo) {
    double t = 134217729.0 * a;   /* 2**27 + 1 */
    *hi = t - (t - a);
    *lo = a - *hi;
}
static inline dd two_prod(double a, double b) {
    double p = a * b, ah, al, bh, bl;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    return (dd){p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}
static inline dd dd_add(dd x, dd y) {
    dd s = two_sum(x.hi, y.hi), t = two_sum(x.lo, y.lo);
    s.lo += t.hi;
    s = quick_two_sum(s.hi, s.lo);
    s.lo += t.lo;
    return quick_two_sum(s.hi, s.lo);
}
static inline dd dd_mul(dd x, dd y) {
    dd p = two_prod(x.hi, y.hi);
    p.lo += x.hi * y.lo + x.lo * y.hi;
    return quick_two_sum(p.hi, p.lo);
}
static inline dd dd_mul_d(dd x, double y) {
    dd p = two_prod(x.hi, y);
    p.lo += x.lo * y;
    return quick_two_sum(p.hi, p.lo);
}
static inline dd dd_from(double a) { return (dd){a, 0.0}; }

static inline dd dd_div(dd a, dd b) {   /* ~104 bits */
    double q1 = a.hi / b.hi;
    dd r = dd_add(a, dd_mul_d(b, -q1));
    double q2 = r.hi / b.hi;
    r = dd_add(r, dd_mul_d(b, -q2));
    return dd_add(quick_two_sum(q1, q2), dd_from(r.hi / b.hi));
}
static inline double dd_sqrt_hi(double a) { double r; __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(a)); return r; }
static inline dd dd_sqrt(dd a) {        /* one Newton step on the double root */
    if (a.hi <= 0) return dd_from(0.0);
    double s = dd_sqrt_hi(a.hi);
    dd sq = two_prod(s, s);
    dd e = dd_add(a, (dd){-sq.hi, -sq.lo});
    return quick_two_sum(s, e.hi / (2.0 * s));
}

/* 1/n! for n = 0..29 as (hi, lo), from exact fractions. */
extern const dd DD_INV_FACT[30];

/* shared with the trig code */
dd log_dd(double x);
double scale2(double v, int k);

#endif
