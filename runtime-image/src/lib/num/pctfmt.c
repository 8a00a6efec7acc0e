/* pctfmt.c — printf-style conversions for `fmt % args`: parsing one "%..." directive and
 * rendering ints, floats and (already converted) text through the shared layout engine.
 */
#include "fmtspec.h"
#include "fltbody.h"
#include "fltfmt.h"
#include "fmtnum.h"
#include "intfmt.h"
#include "numerr.h"

static size_t cp_index(const char *s, size_t byte) {
    size_t c = 0;
    for (size_t i = 0; i < byte; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

num_status pct_parse(const char *s, size_t n, size_t pos, pct_spec *p, num_error *err) {
    p->key = 0; p->key_len = 0;
    p->left = p->plus = p->space = p->alt = p->zero = false;
    p->width = -1; p->precision = -1; p->conv = 0;
    size_t i = pos + 1;
    if (i < n && s[i] == '(') {
        size_t depth = 1, start = ++i;
        while (i < n && depth > 0) {
            if (s[i] == '(') depth++;
            else if (s[i] == ')') depth--;
            i++;
        }
        if (depth > 0) return num_fail(err, NUM_E_VALUE, "incomplete format key");
        p->key = s + start;
        p->key_len = i - 1 - start;
    }
    for (; i < n; i++) {
        char c = s[i];
        if (c == '-') p->left = true;
        else if (c == '+') p->plus = true;
        else if (c == ' ') p->space = true;
        else if (c == '#') p->alt = true;
        else if (c == '0') p->zero = true;
        else break;
    }
    if (i < n && s[i] == '*') { p->width = PCT_STAR; i++; }
    else if (i < n && s[i] >= '0' && s[i] <= '9') {
        int64_t v = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (v > ((int64_t)1 << 58)) return num_fail(err, NUM_E_VALUE, "width too big");
            v = v * 10 + (s[i++] - '0');
        }
        p->width = v;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (i < n && s[i] == '*') { p->precision = PCT_STAR; i++; }
        else {
            int64_t v = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (v > ((int64_t)1 << 58)) return num_fail(err, NUM_E_VALUE, "precision too big");
                v = v * 10 + (s[i++] - '0');
            }
            p->precision = v;
        }
    }
    while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
    if (i >= n) return num_fail(err, NUM_E_VALUE, "incomplete format");
    char c = s[i];
    switch (c) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f':
    case 'F': case 'g': case 'G': case 'c': case 'r': case 's': case 'a': case '%':
        p->conv = c;
        p->end = i + 1;
        return NUM_OK;
    default: {
        size_t j = i;
        unsigned char b = (unsigned char)s[j];
        uint32_t cp = b;
        if (b >= 0x80) {   /* decode for the (0x..) part; CPython prints '?' for the char */
            size_t k = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
            cp = b & (0x3F >> k);
            while (k-- > 0 && ++j < n) cp = (cp << 6) | ((unsigned char)s[j] & 0x3F);
        }
        static const char hex[] = "0123456789abcdef";
        char q[4] = {'\'', (cp >= 32 && cp < 127) ? (char)cp : '?', '\'', 0};
        num_fail(err, NUM_E_VALUE, "unsupported format character ");
        num_msg_append(err, q, 3);
        num_msg_append_str(err, " (0x");
        char h[8];
        size_t hn = 0, d = 0;
        for (uint32_t v = cp; v; v >>= 4) d++;
        if (!d) d = 1;
        for (size_t t = d; t-- > 0;) h[hn++] = hex[(cp >> (4 * t)) & 15];
        num_msg_append(err, h, hn);
        num_msg_append_str(err, ") at index ");
        num_msg_append_u64(err, cp_index(s, i));
        return NUM_E_VALUE;
    }
    }
}

static num_layout pct_layout(const pct_spec *p, bool neg) {
    num_layout l;
    l.sign = neg ? '-' : p->plus ? '+' : p->space ? ' ' : 0;
    l.prefix = "";
    l.group = 0;
    l.interval = 3;
    l.width = p->width;
    l.min_digits = -1;
    if (p->left) { l.align = '<'; l.fill = ' '; l.zero_digits = false; }
    else if (p->zero) { l.align = '='; l.fill = '0'; l.zero_digits = true; }
    else { l.align = '>'; l.fill = ' '; l.zero_digits = false; }
    return l;
}

num_status pct_float(const pct_spec *p, double x, num_sink *out, num_error *err) {
    if (p->precision > 2147483647) return num_fail(err, NUM_E_VALUE, "precision too big");
    size_t at = out->len;
    flt_body_info info;
    num_status st = flt_body(x, p->conv, p->precision < 0 ? 6 : p->precision,
                             p->alt ? FLT_ALT : 0, out, &info);
    if (st) return num_fail(err, st, "");
    num_layout l = pct_layout(p, info.neg);
    st = num_layout_apply(out, at, info.int_digits, &l);
    return st ? num_fail(err, st, "") : NUM_OK;
}

num_status pct_int(const pct_spec *p, const bigint *v, num_sink *out, num_error *err) {
    char c = p->conv;
    if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G') {
        double x;
        num_status st = big_to_double(v, &x, err);
        return st ? st : pct_float(p, x, out, err);
    }
    unsigned base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    size_t at = out->len;
    num_layout l = pct_layout(p, v->neg);
    if (p->alt) l.prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "";
    l.min_digits = p->precision;
    bigint mag = {v->d, v->len, false};
    num_status st = int_to_text(&mag, base, c == 'X', 0, out, err);
    if (st) return st;
    st = num_layout_apply(out, at, out->len - at, &l);
    return st ? num_fail(err, st, "") : NUM_OK;
}

num_status pct_i64(const pct_spec *p, int64_t v, num_sink *out, num_error *err) {
    num_limb d[2];
    bigint b = {d, 0, false};
    big_from_i64(&b, v);
    return pct_int(p, &b, out, err);
}

num_status pct_str(const pct_spec *p, const char *s, size_t n, num_sink *out, num_error *err) {
    size_t len = n;
    if (p->precision >= 0 && p->conv != 'c') {
        size_t cps = 0, i = 0;
        for (; i < n; i++) {
            if (((unsigned char)s[i] & 0xC0) != 0x80) {
                if (cps == (size_t)p->precision) break;
                cps++;
            }
        }
        len = i;
    }
    size_t at = out->len;
    if (!num_sink_put(out, s, len)) return num_fail(err, NUM_E_MEMORY, "");
    num_status st = text_layout_apply(out, at, ' ', p->left ? '<' : '>', p->width);
    return st ? num_fail(err, st, "") : NUM_OK;
}
