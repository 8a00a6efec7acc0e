/* The float operator fast path: an exact float with an exact float or a small int, under + - *,
 * / by non-zero, ** 2 and ** 0.5, computed straight to a double. Shared by obj_binary
 * (runtime.c) and vm_loop's operator handlers (vm.c), which call it with a constant op so each
 * keeps only its own case. False: anything else (bools, big ints, float subclasses, division by
 * zero, the other ** cases); the caller takes the general path, which raises CPython's errors. */
#ifndef RIVET_FLOAT_FAST_H
#define RIVET_FLOAT_FAST_H
#include "obj.h"

/* a double's bits, and those of 0.5, 2.0 and +inf (exponent all ones, the smallest nan above) */
static inline uint64_t dbits(double d) { uint64_t u; __builtin_memcpy(&u, &d, 8); return u; }
#define DBITS_HALF 0x3FE0000000000000ull
#define DBITS_TWO 0x4000000000000000ull
#define DBITS_INF 0x7FF0000000000000ull

/* (double) of a small int rounds to nearest, as int.__float__ does */
static inline bool float_arith(int op, val_t a, val_t b, double *out) {
    double x, y;
    if (IS_SMALL(a)) {
        if (IS_SMALL(b) || OBJ(b)->type != &float_type) return false;
        x = (double)SMALL(a);
        y = ((float_t *)b)->value;
    } else if (OBJ(a)->type == &float_type) {
        x = ((float_t *)a)->value;
        if (IS_SMALL(b)) y = (double)SMALL(b);
        else if (OBJ(b)->type == &float_type) y = ((float_t *)b)->value;
        else return false;
    } else {
        return false;
    }
    switch (op & 15) {
    case OP_ADD: *out = x + y; return true;
    case OP_SUB: *out = x - y; return true;
    case OP_MUL: *out = x * y; return true;
    case OP_TRUEDIV: if (!(dbits(y) << 1)) return false; *out = x / y; return true;   /* y not ±0 */
    case OP_POW:
        /* x*x is the correctly rounded square, as pow() gives; sqrt of a positive finite x is
         * the correctly rounded root (sqrtsd here, as math_sqrt does, without its call).
         * Overflow, zeros, negatives, inf and nan: general path. The tests are on the bits (one
         * integer compare each; a double compare is two branches, for the unordered case). */
        if (dbits(y) == DBITS_HALF) {
            if (dbits(x) - 1 >= DBITS_INF - 1) return false;   /* not in (0, inf): ±0, <0, inf, nan */
            __asm__("sqrtsd %1, %0" : "=x"(*out) : "x"(x));
            return true;
        }
        if (dbits(y) == DBITS_TWO) {
            double r = x * x;
            if ((dbits(r) & DBITS_INF) == DBITS_INF) return false;   /* overflowed (or x inf/nan) */
            *out = r;
            return true;
        }
        return false;
    default: return false;
    }
}

/* a double result as a new float object (new_obj inline: one call, to gc_alloc_noraise) */
static inline val_t box_float(double d) {
    float_t *f = new_obj(&float_type, sizeof(float_t));
    f->value = d;
    return V(f);
}
#endif
