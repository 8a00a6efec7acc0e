/* intfmt.h — integers to and from text in bases 2..36, with Python 3.11's rules.
 *
 * Printing is digits only, with a leading '-' for negatives: no prefix, no padding (fmtspec.h
 * adds those). Parsing follows int(str, base): surrounding whitespace, sign, base-0 prefixes,
 * single underscores between digits. Both sides apply CPython 3.11's int<->str digit limit to
 * bases that are not powers of two (max_digits = 4300 by default; 0 means no limit).
 */
#ifndef RIVET_INTFMT_H
#define RIVET_INTFMT_H

#include "bigint.h"

#define INT_DEFAULT_MAX_STR_DIGITS 4300

/* Writes the decimal digits of m so that they end just before `end` (at most 20 bytes);
 * returns where they start. Two digits per division: the fast path of str(i) and '%d'. */
char *int_u64_dec(char *end, uint64_t m);
/* Small ints: writes v in base (2..36) into out (at least 66 bytes), returns the length. */
size_t int_i64_to_text(int64_t v, unsigned base, bool upper, char *out);

/* Appends the digits of a in base (2..36) to out. Uses the sink's free space as working memory
 * (it grows the sink first), so no scratch parameter. Errors: NUM_E_MEMORY; NUM_E_VALUE
 * "Exceeds the limit (4300 digits) for integer string conversion; use
 * sys.set_int_max_str_digits() to increase the limit" (the number is max_digits). */
num_status int_to_text(const bigint *a, unsigned base, bool upper, size_t max_digits,
                       num_sink *out, num_error *err);

/* Upper bound on the limbs int_parse can produce from n bytes of text in base (0 = any). */
size_t int_parse_cap(size_t n, unsigned base);

/* int(text, base) for base 0 or 2..36 (the VM rejects other bases with "int() base must be
 * >= 2 and <= 36, or 0"). text is UTF-8; ASCII and Unicode whitespace around the number is
 * skipped. The result goes to r->d (capacity int_parse_cap(n, base)). Errors:
 * NUM_E_INT_LITERAL (the VM composes the message with the repr of its str object); NUM_E_VALUE
 * "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use
 * sys.set_int_max_str_digits() to increase the limit". */
num_status int_parse(const char *text, size_t n, unsigned base, size_t max_digits, bigint *r,
                     num_error *err);

#endif
