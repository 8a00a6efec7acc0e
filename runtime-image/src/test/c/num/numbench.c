/* numbench.c — host timing of the numeric library's hot paths (prints figures, asserts nothing).
 * Build (from this directory): gcc -O2 -I../../../lib/num -o numbench numbench.c LIB && ./numbench
 * where LIB is runtime-image/src/lib/num/ followed by *.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bigint.h"
#include "fltfmt.h"
#include "intfmt.h"

static bool grow(num_sink *s, size_t need) {
    size_t cap = s->cap ? s->cap : 64;
    while (cap < need) cap *= 2;
    s->buf = realloc(s->buf, cap);
    s->cap = cap;
    return s->buf != NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

static void bench_int_to_text(int digits) {
    num_limb d[2000];
    size_t n = (size_t)(digits * 3.33 / 32) + 1;
    for (size_t i = 0; i < n; i++) d[i] = (num_limb)next();
    d[n - 1] |= 1;
    bigint a = {d, n, false};
    num_sink s = {0, 0, 0, grow, 0};
    int iters = 20000 * 300 / digits;
    double t0 = now();
    for (int i = 0; i < iters; i++) { s.len = 0; int_to_text(&a, 10, false, 0, &s, NULL); }
    double us = (now() - t0) / iters * 1e6;
    printf("str(int) %5zu digits: %8.2f us\n", s.len, us);
    num_limb r[2000];
    bigint b = {r, 0, false};
    t0 = now();
    for (int i = 0; i < iters; i++) int_parse(s.buf, s.len, 10, 0, &b, NULL);
    printf("int(str) %5zu digits: %8.2f us\n", s.len, (now() - t0) / iters * 1e6);
}

static void bench_mul(size_t n) {
    num_limb *a = malloc(n * 4), *b = malloc(n * 4), *r = malloc(2 * n * 4 + 8);
    for (size_t i = 0; i < n; i++) { a[i] = (num_limb)next(); b[i] = (num_limb)next(); }
    a[n - 1] |= 1; b[n - 1] |= 1;
    bigint x = {a, n, false}, y = {b, n, false}, z = {r, 0, false};
    size_t sn = big_mul_scratch(&x, &y);
    num_limb *s = malloc((sn + 1) * 4);
    int iters = (int)(4000000 / (n * n) + 1);
    double t0 = now();
    for (int i = 0; i < iters; i++) big_mul(&z, &x, &y, s);
    double k = (now() - t0) / iters * 1e6;
    t0 = now();
    for (int i = 0; i < iters; i++) big_mul(&z, &x, &y, NULL);   /* NULL scratch: schoolbook */
    printf("mul %5zu x %5zu limbs: %9.1f us (schoolbook %9.1f us)\n", n, n, k,
           (now() - t0) / iters * 1e6);
    free(a); free(b); free(r); free(s);
}

int main(void) {
    bench_mul(30); bench_mul(60); bench_mul(100); bench_mul(300); bench_mul(1000); bench_mul(3000);
    bench_int_to_text(300);
    bench_int_to_text(1000);
    bench_int_to_text(4300);
    enum { N = 200000 };
    double *xs = malloc(N * sizeof(double));
    for (int i = 0; i < N; i++) {
        uint64_t b = next();
        memcpy(&xs[i], &b, 8);
        if (xs[i] != xs[i] || i % 2) xs[i] = (double)(next() % 1000000) / 1000.0;
    }
    char buf[FLT_REPR_MAX];
    size_t total = 0;
    double t0 = now();
    for (int i = 0; i < N; i++) total += flt_repr(xs[i], buf);
    printf("repr(float) mixed (half random bits, half 3-decimal): %6.3f us each\n", (now() - t0) / N * 1e6);
    t0 = now();
    for (int i = 0; i < N; i++) total += flt_repr((double)(i % 1000) / 10.0, buf);
    printf("repr(float) short values like 12.3: %6.3f us each\n", (now() - t0) / N * 1e6);
    num_sink s = {0, 0, 0, grow, 0};
    t0 = now();
    for (int i = 0; i < N; i++) { s.len = 0; flt_format(xs[i], 'f', 6, 0, &s); }
    printf("'%%.6f' mixed: %6.3f us each\n", (now() - t0) / N * 1e6);
    t0 = now();
    for (int i = 0; i < N; i++) { s.len = 0; flt_format(xs[i], 'g', 17, 0, &s); }
    printf("'%%.17g' mixed: %6.3f us each\n", (now() - t0) / N * 1e6);
    t0 = now();
    double acc = 0;
    for (int i = 0; i < N; i++) {
        size_t n = flt_repr(xs[i], buf);
        double v;
        flt_parse(buf, n, &v);
        acc += v;
    }
    printf("float(repr(x)) round trip: %6.3f us each (%zu, %g)\n", (now() - t0) / N * 1e6, total, acc);
    return 0;
}
