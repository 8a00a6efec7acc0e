/* fltbits.h — internal: taking doubles apart and putting them together exactly, without libm. */
#ifndef RIVET_NUM_FLTBITS_H
#define RIVET_NUM_FLTBITS_H

#include "num.h"

uint64_t dbl_bits(double x);
double dbl_from_bits(uint64_t b);
bool dbl_is_finite(double x);
bool dbl_is_nan(double x);
/* Finite nonzero |x| == m * 2**e exactly, with m < 2**53 (m has its implicit bit). */
void dbl_decompose(double x, uint64_t *m, int *e);
/* Correctly rounded (half even) value of a * 2**e2, where `sticky` says the true value is a
 * little above a * 2**e2 (discarded nonzero tail). Sets *overflow and returns inf if too big. */
double mag_to_double(const num_limb *a, size_t an, int64_t e2, bool sticky, bool *overflow);

#endif
