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

/* log10 and log2 for x > 0 finite (exact powers come out exact). */
double flt_log10(double x);
double flt_log2(double x);

/* Trigonometry, any finite argument (inf/nan give NaN: the VM raises "math domain error" for
 * infinities as CPython does). asin/acos outside [-1, 1] give NaN. atan2 for finite
 * arguments that are not both zero (CPython's math.atan2 settles zeros and infinities first). */
double flt_sin(double x);
double flt_cos(double x);
double flt_tan(double x);
double flt_atan(double x);
double flt_atan2(double y, double x);
double flt_asin(double x);
double flt_acos(double x);

#endif
