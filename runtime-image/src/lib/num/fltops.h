/* fltops.h — float arithmetic that C gives us only through libm, which a freestanding build
 * lacks: floor, ceil, trunc, fmod and Python's float // and % (sign of the divisor).
 * All exact (bit manipulation), no rounding mode assumptions beyond IEEE defaults.
 */
#ifndef RIVET_FLTOPS_H
#define RIVET_FLTOPS_H

#include "num.h"

double flt_floor(double x);
double flt_ceil(double x);
double flt_trunc(double x);
/* C's fmod: x - n*y exactly, n = trunc(x/y), result has x's sign. y == 0 gives NaN. */
double flt_fmod(double x, double y);
/* Python's divmod(x, y) for floats: returns NUM_E_ZERODIV if y == 0 (the VM picks
 * "float divmod()", "float modulo" or "float floor division by zero"). Either out may be NULL. */
num_status flt_divmod(double x, double y, double *floordiv, double *mod);

/* x ** n for an integer n, correctly rounded (one rounding of the exact power), for finite
 * nonzero x. Returns false when it does not apply (x zero/inf/nan, or the exact power would
 * exceed ~3000 bits): the VM then uses its general pow. On overflow returns true with
 * *status = NUM_E_OVERFLOW (CPython: OverflowError "(34, 'Numerical result out of range')"). */
bool flt_pow_int(double x, int64_t n, double *out, num_status *status);

#endif
