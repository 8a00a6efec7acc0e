/* fmtspec.h — the format-spec mini-language (format(), str.format, f-strings) and printf-style
 * '%' conversions, for ints, floats and strings, with CPython 3.11's output and error messages.
 *
 * Both front ends share one engine: a number becomes sign + prefix + digits (+ grouping), then
 * padding places it in the field. Output is appended to a num_sink. Strings are UTF-8; widths
 * and precisions count code points. The VM owns everything about objects: it calls __format__
 * for other types, turns bool with an empty spec into "True"/"False", fetches '*' and mapping
 * arguments for '%', and composes TypeErrors ("%d format: a real number is required, not str").
 */
#ifndef RIVET_FMTSPEC_H
#define RIVET_FMTSPEC_H

#include "bigint.h"

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct {
    uint32_t fill;       /* code point; ' ' unless given */
    char align;          /* 0 (type's default), '<', '>', '=', '^' */
    char sign;           /* 0, '+', '-', ' ' */
    bool no_neg_zero;    /* 'z' */
    bool alt;            /* '#' */
    bool zero_pad;       /* '0' before the width: fill '0', align '=' unless given */
    int64_t width;       /* -1 if absent */
    char grouping;       /* 0, ',', '_' */
    int64_t precision;   /* -1 if absent */
    char type;           /* the type character; if absent, the type's default ('s' for "str",
                            'd' for "int"/"bool", 0 for "float") */
    uint32_t type_cp;    /* the type as a code point (for messages about non-ASCII types) */
} fmt_spec;

/* Parses spec (UTF-8, n bytes). type_name ("int", "float", "str", "bool", ...) is only used in
 * messages: "Invalid format specifier '...' for object of type 'int'", "Too many decimal digits
 * in format string", "Cannot specify both ',' and '_'.". Type-specific checks happen in
 * fmt_int/fmt_float/fmt_str. Errors: NUM_E_VALUE. */
num_status fmt_parse(const char *spec, size_t n, const char *type_name, fmt_spec *out,
                     num_error *err);

/* format(v, spec) for ints; types b c d o x X n e E f F g G % and none. Float types convert v to
 * a double first (NUM_E_OVERFLOW "int too large to convert to float"). Errors: NUM_E_VALUE
 * ("Unknown format code 'q' for object of type 'int'", "Precision not allowed in integer format
 * specifier", "Sign not allowed with integer format specifier 'c'", ...), NUM_E_OVERFLOW
 * ("%c arg not in range(0x110000)"), NUM_E_MEMORY. */
num_status fmt_int(const fmt_spec *s, const bigint *v, const char *type_name, num_sink *out,
                   num_error *err);
num_status fmt_i64(const fmt_spec *s, int64_t v, const char *type_name, num_sink *out,
                   num_error *err);

/* format(x, spec) for floats; types e E f F g G n % and none. */
num_status fmt_float(const fmt_spec *s, double x, num_sink *out, num_error *err);

/* format(str, spec); types s and none. Precision truncates (in code points). */
num_status fmt_str(const fmt_spec *s, const char *utf8, size_t n, num_sink *out,
                   num_error *err);

/* ---- printf-style: one conversion of `fmt % args` ------------------------------------------ */
#define PCT_STAR (-2)    /* width/precision given as '*': the VM takes it from the arguments */

typedef struct {
    const char *key;     /* %(key)s: points into fmt; NULL if no key */
    size_t key_len;
    bool left, plus, space, alt, zero;  /* flags - + space # 0 */
    int64_t width;       /* -1 absent, PCT_STAR */
    int64_t precision;   /* -1 absent, PCT_STAR */
    char conv;           /* d i u o x X e E f F g G c r s a % */
    size_t end;          /* byte index just past the conversion character */
} pct_spec;

/* Parses the conversion whose '%' is at fmt[pos]; length modifiers h l L are skipped. Errors
 * (NUM_E_VALUE): "incomplete format", "incomplete format key", "unsupported format character
 * 'y' (0x79) at index 3" (index in code points, as CPython). If the VM resolved a '*' to a
 * negative width it sets left = true and width = -width, as CPython does. */
num_status pct_parse(const char *fmt, size_t n, size_t pos, pct_spec *out, num_error *err);

/* %d %i %u %o %x %X (precision = minimum digits), and %e %E %f %F %g %G for ints via float. */
num_status pct_int(const pct_spec *s, const bigint *v, num_sink *out, num_error *err);
num_status pct_i64(const pct_spec *s, int64_t v, num_sink *out, num_error *err);
/* %e %E %f %F %g %G (the VM truncates floats to int for %d %i %u, and rejects them for %o %x %X
 * with "%x format: an integer is required, not float"). */
num_status pct_float(const pct_spec *s, double x, num_sink *out, num_error *err);
/* %s %r %a %c once the VM has the text (str(), repr(), ascii(), or the character): width and
 * (for s r a) precision applied. */
num_status pct_str(const pct_spec *s, const char *utf8, size_t n, num_sink *out,
                   num_error *err);

#endif
