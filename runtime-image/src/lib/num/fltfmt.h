/* fltfmt.h — doubles to and from text, exactly as CPython 3.11 does it.
 *
 * Every conversion is exact: digits come from the exact binary value of the double, rounded half
 * to even (what CPython gets from David Gay's dtoa), and parsing is correctly rounded. The
 * library uses its own big-number arithmetic on stack arrays, so nothing here allocates except
 * through the sink.
 */
#ifndef RIVET_FLTFMT_H
#define RIVET_FLTFMT_H

#include "num.h"

/* repr(x) == str(x): the shortest string that reads back as x, e.g. "0.1", "1e+16", "1e-05",
 * "123456789012345.67", "inf", "-inf", "nan", "-0.0". out needs FLT_REPR_MAX bytes (no NUL). */
#define FLT_REPR_MAX 32
size_t flt_repr(double x, char *out);

/* Flags for flt_format. */
#define FLT_ALT         1u  /* '#': keep the point and trailing zeros */
#define FLT_SIGN_PLUS   2u  /* '+': "+" before non-negative numbers */
#define FLT_SIGN_SPACE  4u  /* ' ': " " before non-negative numbers */
#define FLT_NO_NEG_ZERO 8u  /* 'z': a result that rounds to -0 prints as 0 */

/* Appends x formatted like format(x, '.<precision><type>') without width/fill/grouping.
 * type: 'e' 'E' 'f' 'F' 'g' 'G' '%' ('n' is 'g' in the C locale), 'r' (repr), or 0 for the
 * format spec's "no type" (repr when precision < 0, else 'g' that keeps a ".0").
 * precision < 0 means the default (6; repr for type 0 and 'r'). Errors: NUM_E_MEMORY only. */
num_status flt_format(double x, char type, int64_t precision, unsigned flags, num_sink *out);

/* round(x, ndigits) (ndigits may be negative), correctly rounded as CPython: rounds the exact
 * value half to even at the decimal position. inf/nan come back unchanged. Error: NUM_E_OVERFLOW
 * "rounded value too large to represent". */
num_status flt_round(double x, int64_t ndigits, double *out, num_error *err);

/* round(x) with no ndigits, before conversion to int: nearest integer, ties to even. */
double flt_round_half_even(double x);

/* float(text): UTF-8, surrounding whitespace skipped, optional sign, decimal digits with single
 * underscores between digits, optional exponent, or inf/infinity/nan in any case.
 * Correctly rounded (overflow gives +-inf, as CPython). Error: NUM_E_FLOAT_LITERAL. */
num_status flt_parse(const char *text, size_t n, double *out);

/* x.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan"; out needs FLT_REPR_MAX bytes. */
size_t flt_hex(double x, char *out);

/* float.fromhex(text). Errors: NUM_E_VALUE "invalid hexadecimal floating-point string",
 * NUM_E_OVERFLOW "hexadecimal value too large to represent as a float". */
num_status flt_fromhex(const char *text, size_t n, double *out, num_error *err);

#endif
