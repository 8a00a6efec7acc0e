/* fltmath.h — exp, log and pow for doubles, rounded correctly in practice: evaluated in
 * double-double arithmetic (~100 bits) and rounded once, so results differ from the exact
 * value's rounding only if it lies within ~2**-90 of a halfway point. CPython uses the C
 * library (glibc), which is itself correctly rounded in nearly all cases.
 */
#ifndef RIVET_FLTMATH_H
#define RIVET_FLTMATH_H

#include "num.h"

/* e**x. *overflow is set (and inf returned) when the result is too large; NaN in, NaN out. */
double flt_exp(double x, bool *overflow);
/* Natural log for x > 0 finite (the VM raises "math domain error" otherwise). */
double flt_log(double x);
/* x ** y for x > 0 finite and y finite (the VM handles zeros, infinities, NaNs and negative
 * bases as CPython's float_pow does). Integral y with a small exact power uses flt_pow_int.
 * *overflow: CPython raises OverflowError "(34, 'Numerical result out of range')". */
double flt_pow(double x, double y, bool *overflow);

#endif
