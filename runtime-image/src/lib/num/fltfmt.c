/* fltfmt.c — laying out a double's digits the way CPython 3.11 does (repr, %e %f %g, format
 * types e f g % and "none"), and round(x, n). The digits themselves come from fltdigits.c.
 */
#include "fltfmt.h"
#include "fltbody.h"
#include "fltbits.h"
#include "fltdigits.h"

static bool put(num_sink *o, const char *s, size_t n) { return num_sink_put(o, s, n); }

static bool put_exponent(num_sink *o, char e, int exp) {
    char b[8];
    size_t n = 0;
    b[n++] = e;
    b[n++] = exp < 0 ? '-' : '+';
    unsigned v = (unsigned)(exp < 0 ? -exp : exp);
    if (v >= 100) b[n++] = (char)('0' + v / 100);
    b[n++] = (char)('0' + v / 10 % 10);
    b[n++] = (char)('0' + v % 10);
    return put(o, b, n);
}

num_status flt_body(double x, char type, int64_t prec, unsigned flags, num_sink *o,
                    flt_body_info *info) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool alt = flags & FLT_ALT;
    info->neg = (dbl_bits(x) >> 63) != 0;
    info->int_digits = 0;
    bool percent = type == '%';
    if (percent) { x *= 100; type = 'f'; }   /* may overflow to inf, as in CPython */
    info->finite = dbl_is_finite(x);
    if (!info->finite) {
        bool nan = dbl_is_nan(x);
        if (nan) info->neg = false;
        const char *t = nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (!put(o, t, 3)) return NUM_E_MEMORY;
        if (percent && !put(o, "%", 1)) return NUM_E_MEMORY;
        return NUM_OK;
    }
    char mode;   /* e f g r, after defaults */
    bool add_dot_0 = false;
    if (type == 0 || type == 'r') {
        add_dot_0 = true;
        mode = (type == 'r' || prec < 0) ? 'r' : 'g';
    } else {
        mode = (char)(type | 0x20);
        if (prec < 0) prec = 6;
    }
    if (mode == 'g' && prec == 0) prec = 1;
    double ax = info->neg ? -x : x;
    flt_digits dg;
    if (ax == 0) { dg.n = 0; }
    else if (mode == 'r') flt_digits_shortest(ax, &dg);
    else if (mode == 'e') flt_digits_sig(ax, prec + 1, &dg);
    else if (mode == 'f') flt_digits_frac(ax, prec, &dg);
    else flt_digits_sig(ax, prec, &dg);
    if (dg.n == 0) {   /* the value rounded to zero */
        dg.d[0] = '0'; dg.n = 1; dg.decpt = 1;
        if (flags & FLT_NO_NEG_ZERO) info->neg = false;
    }
    int64_t decpt = dg.decpt, vend = dg.n, exp = 0;
    bool use_exp = false;
    switch (mode) {
    case 'e': use_exp = true; vend = prec + 1; break;
    case 'f': vend = decpt + prec; break;
    case 'g':
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
        if (alt) vend = prec;
        break;
    default: use_exp = decpt <= -4 || decpt > 16; break;
    }
    if (use_exp) { exp = decpt - 1; decpt = 1; }
    if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;
    if (vend < dg.n) vend = dg.n;
    /* integer part: positions 0..decpt-1, or "0" */
    if (decpt <= 0) {
        if (!put(o, "0", 1)) return NUM_E_MEMORY;
        info->int_digits = 1;
    } else {
        int64_t have = decpt < dg.n ? decpt : dg.n;
        if (!put(o, dg.d, (size_t)have) || !num_sink_repeat(o, '0', (size_t)(decpt - have)))
            return NUM_E_MEMORY;
        info->int_digits = (size_t)decpt;
    }
    if (vend > decpt || alt) {
        if (!put(o, ".", 1)) return NUM_E_MEMORY;
        int64_t i = decpt;
        if (i < 0) {
            int64_t z = (vend < 0 ? vend : 0) - i;
            if (!num_sink_repeat(o, '0', (size_t)z)) return NUM_E_MEMORY;
            i += z;
        }
        if (i < dg.n && i < vend) {
            int64_t upto = dg.n < vend ? dg.n : vend;
            if (!put(o, dg.d + i, (size_t)(upto - i))) return NUM_E_MEMORY;
            i = upto;
        }
        if (i < vend && !num_sink_repeat(o, '0', (size_t)(vend - i))) return NUM_E_MEMORY;
    }
    if (use_exp && !put_exponent(o, upper ? 'E' : 'e', (int)exp)) return NUM_E_MEMORY;
    if (percent && !put(o, "%", 1)) return NUM_E_MEMORY;
    return NUM_OK;
}

num_status flt_format(double x, char type, int64_t precision, unsigned flags, num_sink *out) {
    if (type == 'n') type = 'g';
    size_t start = out->len;
    flt_body_info info;
    char sign = 0;
    /* reserve the sign position by formatting first, then inserting it */
    num_status st = flt_body(x, type, precision, flags, out, &info);
    if (st) return st;
    if (info.neg) sign = '-';
    else if (flags & FLT_SIGN_PLUS) sign = '+';
    else if (flags & FLT_SIGN_SPACE) sign = ' ';
    if (!sign) return NUM_OK;
    if (!num_sink_byte(out, 0)) return NUM_E_MEMORY;
    for (size_t i = out->len - 1; i > start; i--) out->buf[i] = out->buf[i - 1];
    out->buf[start] = sign;
    return NUM_OK;
}

/* A tiny fixed sink over a caller array (repr never needs more than 24 bytes). */
static bool no_grow(num_sink *s, size_t need) { (void)s; (void)need; return false; }

size_t flt_repr(double x, char *out) {
    num_sink s = {out, 0, FLT_REPR_MAX, no_grow, 0};
    flt_format(x, 'r', -1, 0, &s);
    return s.len;
}

num_status flt_round(double x, int64_t ndigits, double *out, num_error *err) {
    /* Beyond these no rounding can change a double (CPython's NDIGITS_MAX / NDIGITS_MIN). */
    if (ndigits > 323 || x == 0 || !dbl_is_finite(x)) { *out = x; return NUM_OK; }
    if (ndigits < -308) { *out = 0.0 * x; return NUM_OK; }
    bool neg = x < 0;
    flt_digits dg;
    flt_digits_frac(neg ? -x : x, ndigits, &dg);
    bool overflow;
    double v = flt_from_decimal(dg.d, dg.n, (int64_t)dg.decpt - dg.n, false, &overflow);
    if (overflow) {
        if (err) {
            err->status = NUM_E_OVERFLOW;
            const char *m = "rounded value too large to represent";
            size_t i = 0;
            for (; m[i]; i++) err->msg[i] = m[i];
            err->msg[i] = 0;
        }
        return NUM_E_OVERFLOW;
    }
    *out = neg ? -v : v;
    return NUM_OK;
}

double flt_round_half_even(double x) {
    double ax = x < 0 ? -x : x;
    if (!(ax < 4503599627370496.0)) return x;   /* 2**52: already an integer (or inf/nan) */
    /* Adding and removing 2**52 leaves no fraction bits: the FPU rounds half to even. */
    volatile double t = ax + 4503599627370496.0;
    double r = t - 4503599627370496.0;
    return x < 0 ? -r : r;
}
