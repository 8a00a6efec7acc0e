/* fltbody.h — internal: the unsigned text of a formatted double, shared by flt_format, the
 * format-spec engine and '%' conversions (which add sign, grouping and padding around it).
 */
#ifndef RIVET_NUM_FLTBODY_H
#define RIVET_NUM_FLTBODY_H

#include "num.h"

typedef struct {
    bool neg;          /* print a '-' (after 'z' handling) */
    size_t int_digits; /* length of the leading digit run, where grouping goes (0 for inf/nan) */
    bool finite;
} flt_body_info;

/* Appends the body of x (no sign) as for flt_format; type is already resolved:
 * 'e' 'E' 'f' 'F' 'g' 'G' '%' 'r' or 0, with 'n' mapped to 'g'. */
num_status flt_body(double x, char type, int64_t precision, unsigned flags, num_sink *out,
                    flt_body_info *info);

#endif
