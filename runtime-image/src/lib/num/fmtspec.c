/* fmtspec.c — the format-spec mini-language: parsing with CPython 3.11's checks and messages,
 * and format() for ints, floats and strs on top of the layout engine in fmtnum.c.
 */
#include "fmtspec.h"
#include "fltbody.h"
#include "fltfmt.h"
#include "fmtnum.h"
#include "intfmt.h"
#include "numerr.h"
#include "utf8scan.h"

static bool streq(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return *a == *b;
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* "'c'" or "'\x20ac'" as CPython quotes a type code in messages. */
static void append_code(num_error *err, uint32_t cp) {
    if (cp > 32 && cp < 128) {
        char b[3] = {'\'', (char)cp, '\''};
        num_msg_append(err, b, 3);
    } else {
        static const char hex[] = "0123456789abcdef";
        char b[12];
        size_t n = 0, d = 0;
        for (uint32_t v = cp; v; v >>= 4) d++;
        if (d == 0) d = 1;
        b[n++] = '\''; b[n++] = '\\'; b[n++] = 'x';
        for (size_t i = d; i-- > 0;) b[n++] = hex[(cp >> (4 * i)) & 15];
        b[n++] = '\'';
        num_msg_append(err, b, n);
    }
}

static num_status unknown_code(num_error *err, uint32_t cp, const char *type_name) {
    num_fail(err, NUM_E_VALUE, "Unknown format code ");
    append_code(err, cp);
    num_msg_append_str(err, " for object of type '");
    num_msg_append_str(err, type_name);
    num_msg_append_str(err, "'");
    return NUM_E_VALUE;
}

/* Reads digits at s[*i]; false on overflow past 2**62 ("Too many decimal digits"). */
static bool read_number(const char *s, size_t n, size_t *i, int64_t *out, bool *any) {
    int64_t v = 0;
    *any = false;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > ((int64_t)1 << 58)) return false;
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        *any = true;
    }
    *out = v;
    return true;
}

num_status fmt_parse(const char *s, size_t n, const char *type_name, fmt_spec *f,
                     num_error *err) {
    f->fill = ' '; f->align = 0; f->sign = 0; f->no_neg_zero = false; f->alt = false;
    f->zero_pad = false; f->width = -1; f->grouping = 0; f->precision = -1;
    char deftype = type_name[0] == 's' && streq(type_name, "str")     ? 's'
                   : type_name[0] == 'f' && streq(type_name, "float") ? 0
                                                                      : 'd';
    f->type = deftype;
    f->type_cp = (unsigned char)deftype;
    size_t i = 0;
    bool fill_given = false;
    /* [[fill]align] */
    if (n > 0 && (unsigned char)s[0] < 0x80) {   /* ASCII first byte (nearly every spec) */
        if (n > 1 && is_align((unsigned char)s[1])) {
            f->fill = (unsigned char)s[0]; f->align = s[1]; fill_given = true; i = 2;
        } else if (is_align((unsigned char)s[0])) {
            f->align = s[0]; i = 1;
        }
    } else if (n > 0) {
        size_t j = 0;
        uint32_t c0 = utf8_decode(s, n, &j);
        if (j < n) {
            size_t k = j;
            uint32_t c1 = utf8_decode(s, n, &k);
            if (is_align(c1)) { f->fill = c0; f->align = (char)c1; fill_given = true; i = k; }
        }
        if (!fill_given && is_align(c0)) { f->align = (char)c0; i = j; }
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
    if (i < n && s[i] == 'z') { f->no_neg_zero = true; i++; }
    if (i < n && s[i] == '#') { f->alt = true; i++; }
    if (!fill_given && i < n && s[i] == '0') { f->zero_pad = true; f->fill = '0'; i++; }
    bool any;
    if (!read_number(s, n, &i, &f->width, &any))
        return num_fail(err, NUM_E_VALUE, "Too many decimal digits in format string");
    if (!any) f->width = -1;
    if (i < n && s[i] == ',') { f->grouping = ','; i++; }
    if (i < n && s[i] == '_') {
        if (f->grouping) return num_fail(err, NUM_E_VALUE, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        i++;
    }
    if (i < n && s[i] == ',' && f->grouping == '_')
        return num_fail(err, NUM_E_VALUE, "Cannot specify both ',' and '_'.");
    if (i < n && s[i] == '.') {
        i++;
        if (!read_number(s, n, &i, &f->precision, &any))
            return num_fail(err, NUM_E_VALUE, "Too many decimal digits in format string");
        if (!any) return num_fail(err, NUM_E_VALUE, "Format specifier missing precision");
    }
    if (i < n) {
        size_t j = i + 1;
        uint32_t t = (unsigned char)s[i];
        if (t >= 0x80) { j = i; t = utf8_decode(s, n, &j); }
        if (j < n) {
            num_fail(err, NUM_E_VALUE, "Invalid format specifier '");
            num_msg_append(err, s, n);
            num_msg_append_str(err, "' for object of type '");
            num_msg_append_str(err, type_name);
            num_msg_append_str(err, "'");
            return NUM_E_VALUE;
        }
        f->type_cp = t;
        f->type = t < 128 ? (char)t : 1;
    }
    if (f->grouping) {
        uint32_t t = f->type_cp;
        bool ok = t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' ||
                  t == '%' || t == 'F' || t == 0 ||
                  (f->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
        if (!ok) {
            num_fail(err, NUM_E_VALUE, f->grouping == ',' ? "Cannot specify ',' with "
                                                         : "Cannot specify '_' with ");
            append_code(err, t);
            num_msg_append_str(err, ".");
            return NUM_E_VALUE;
        }
    }
    return NUM_OK;
}

static num_layout number_layout(const fmt_spec *f, bool neg) {
    num_layout l;
    l.sign = neg ? '-' : (f->sign == '+' || f->sign == ' ') ? f->sign : 0;
    l.prefix = "";
    l.group = f->grouping;
    l.interval = 3;
    l.fill = f->fill;
    l.align = f->align ? f->align : (f->zero_pad ? '=' : '>');
    l.width = f->width;
    l.zero_digits = f->fill == '0' && l.align == '=';
    l.min_digits = -1;
    return l;
}

static num_status float_field(const fmt_spec *f, double x, num_sink *out, num_error *err) {
    if (f->precision > 2147483647) return num_fail(err, NUM_E_VALUE, "precision too big");
    char type = f->type;
    if (type == 'n') type = 'g';
    unsigned flags = (f->alt ? FLT_ALT : 0) | (f->no_neg_zero ? FLT_NO_NEG_ZERO : 0);
    size_t at = out->len;
    flt_body_info info;
    num_status st = flt_body(x, type, f->precision, flags, out, &info);
    if (st) return num_fail(err, st, "");
    num_layout l = number_layout(f, info.neg);
    if (!info.finite) l.group = 0;   /* zero padding of inf/nan is not grouped */
    st = num_layout_apply(out, at, info.int_digits, &l);
    return st ? num_fail(err, st, "") : NUM_OK;
}

num_status fmt_float(const fmt_spec *f, double x, num_sink *out, num_error *err) {
    switch (f->type_cp) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return float_field(f, x, out, err);
    default:
        return unknown_code(err, f->type_cp, "float");
    }
}

num_status fmt_int(const fmt_spec *f, const bigint *v, const char *type_name, num_sink *out,
                   num_error *err) {
    unsigned base;
    switch (f->type_cp) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        num_status st = big_to_double(v, &x, err);
        if (st) return st;
        return float_field(f, x, out, err);
    }
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'd': case 'n': case 'c': base = 10; break;
    default: return unknown_code(err, f->type_cp, type_name);
    }
    if (f->precision >= 0)
        return num_fail(err, NUM_E_VALUE, "Precision not allowed in integer format specifier");
    if (f->no_neg_zero)
        return num_fail(err, NUM_E_VALUE,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    size_t at = out->len;
    num_layout l = number_layout(f, v->neg);
    if (f->type == 'c') {
        if (f->sign)
            return num_fail(err, NUM_E_VALUE, "Sign not allowed with integer format specifier 'c'");
        if (f->alt)
            return num_fail(err, NUM_E_VALUE,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!big_to_i64(v, &cp))
            return num_fail(err, NUM_E_OVERFLOW, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF)
            return num_fail(err, NUM_E_OVERFLOW, "%c arg not in range(0x110000)");
        if (!num_sink_codepoint(out, (uint32_t)cp)) return num_fail(err, NUM_E_MEMORY, "");
        l.sign = 0;
        num_status st = num_layout_apply(out, at, 0, &l);
        return st ? num_fail(err, st, "") : NUM_OK;
    }
    if (f->alt)
        l.prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (f->type == 'X' ? "0X" : "0x") : "";
    if (base != 10) l.interval = 4;
    bigint mag = {v->d, v->len, false};
    num_status st = int_to_text(&mag, base, f->type == 'X', 0, out, err);
    if (st) return st;
    st = num_layout_apply(out, at, out->len - at, &l);
    return st ? num_fail(err, st, "") : NUM_OK;
}

num_status fmt_i64(const fmt_spec *f, int64_t v, const char *type_name, num_sink *out,
                   num_error *err) {
    num_limb d[2];
    bigint b = {d, 0, false};
    big_from_i64(&b, v);
    return fmt_int(f, &b, type_name, out, err);
}

num_status fmt_str(const fmt_spec *f, const char *s, size_t n, num_sink *out, num_error *err) {
    if (f->type_cp != 's') return unknown_code(err, f->type_cp, "str");
    if (f->sign == ' ')
        return num_fail(err, NUM_E_VALUE, "Space not allowed in string format specifier");
    if (f->sign)
        return num_fail(err, NUM_E_VALUE, "Sign not allowed in string format specifier");
    if (f->no_neg_zero)
        return num_fail(err, NUM_E_VALUE,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt)
        return num_fail(err, NUM_E_VALUE,
                        "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return num_fail(err, NUM_E_VALUE, "'=' alignment not allowed in string format specifier");
    size_t len = n;
    if (f->precision >= 0) {   /* keep the first `precision` code points */
        size_t cps = 0, i = 0;
        while (i < n) {
            if (((unsigned char)s[i] & 0xC0) != 0x80) {
                if (cps == (size_t)f->precision) break;
                cps++;
            }
            i++;
        }
        len = i;
    }
    size_t at = out->len;
    if (!num_sink_put(out, s, len)) return num_fail(err, NUM_E_MEMORY, "");
    num_status st = text_layout_apply(out, at, f->fill, f->align ? f->align : '<', f->width);
    return st ? num_fail(err, st, "") : NUM_OK;
}
