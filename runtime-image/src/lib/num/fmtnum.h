/* fmtnum.h — internal: the layout engine shared by format specs and '%' conversions. A number
 * arrives as sign + prefix + body (digits, the first int_digits of which get grouping); the
 * engine adds grouping, zero padding and fill, in place at the end of the sink.
 */
#ifndef RIVET_NUM_FMTNUM_H
#define RIVET_NUM_FMTNUM_H

#include "num.h"

typedef struct {
    char sign;           /* 0, '-', '+', ' ' */
    const char *prefix;  /* "0x" etc. or "" */
    char group;          /* 0, ',' '_' */
    unsigned interval;   /* 3 or 4 */
    uint32_t fill;
    char align;          /* '<' '>' '^' '=' */
    int64_t width;       /* -1 for none */
    bool zero_digits;    /* pad the digit run itself with zeros (fill '0' with '=') */
    int64_t min_digits;  /* '%' precision for ints: at least this many digits (-1 none) */
} num_layout;

/* The body is out->buf[body_at .. out->len); int_digits of it are the digit run to group.
 * Rewrites it as the finished field. */
num_status num_layout_apply(num_sink *out, size_t body_at, size_t int_digits,
                            const num_layout *l);
/* Pads text (UTF-8, already in out at text_at) to width with fill/align. */
num_status text_layout_apply(num_sink *out, size_t text_at, uint32_t fill, char align,
                             int64_t width);
size_t utf8_count(const char *s, size_t n);

#endif
