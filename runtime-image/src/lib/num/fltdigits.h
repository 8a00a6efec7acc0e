/* fltdigits.h — internal: the exact decimal digits of a double (the job dtoa does in CPython).
 * Digits come without trailing zeros; value = 0.d1d2d3... * 10**decpt. ndigits == 0 means the
 * rounded value is zero. Positive finite x only.
 */
#ifndef RIVET_NUM_FLTDIGITS_H
#define RIVET_NUM_FLTDIGITS_H

#include "num.h"

#define FLT_DIGITS_MAX 800   /* a double has at most 767 significant decimal digits */

typedef struct {
    char d[FLT_DIGITS_MAX + 2];
    int n;
    int decpt;
} flt_digits;

/* Shortest digits that read back as x (round-half-even reading), closest to x. */
void flt_digits_shortest(double x, flt_digits *out);
/* x rounded half-even to `sig` significant digits (sig >= 1). */
void flt_digits_sig(double x, int64_t sig, flt_digits *out);
/* x rounded half-even to `frac` digits after the point (frac may be negative). */
void flt_digits_frac(double x, int64_t frac, flt_digits *out);



/* The double nearest to digits * 10**exp10 (digits: n ASCII decimal digits, n <= FLT_DIGITS_MAX,
 * no leading zeros needed); `sticky` = nonzero digits were dropped after these. */
double flt_from_decimal(const char *digits, int n, int64_t exp10, bool sticky, bool *overflow);
#endif
