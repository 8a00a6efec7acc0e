/* flthex.c — float.hex() and float.fromhex(): exact hexadecimal text for doubles, parsed back
 * with one correct rounding (half to even) in mag_to_double.
 */
#include "fltfmt.h"
#include "fltbits.h"
#include "mag.h"
#include "numerr.h"

static const char hexdig[] = "0123456789abcdef";

size_t flt_hex(double x, char *out) {
    size_t n = 0;
    if (dbl_is_nan(x)) { out[0] = 'n'; out[1] = 'a'; out[2] = 'n'; return 3; }
    if (x < 0 || (x == 0 && (dbl_bits(x) >> 63))) out[n++] = '-';
    if (!dbl_is_finite(x)) { out[n++] = 'i'; out[n++] = 'n'; out[n++] = 'f'; return n; }
    uint64_t b = dbl_bits(x);
    int be = (int)((b >> 52) & 0x7FF);
    uint64_t frac = b & (((uint64_t)1 << 52) - 1);
    out[n++] = '0'; out[n++] = 'x';
    int exp;
    if (be == 0 && frac == 0) {   /* zero: "0x0.0p+0" */
        out[n++] = '0'; out[n++] = '.'; out[n++] = '0';
        exp = 0;
    } else {
        out[n++] = be == 0 ? '0' : '1';
        out[n++] = '.';
        for (int i = 12; i >= 0; i--) out[n++] = hexdig[(frac >> (4 * i)) & 15];
        exp = be == 0 ? -1022 : be - 1023;
    }
    out[n++] = 'p';
    out[n++] = exp < 0 ? '-' : '+';
    unsigned v = (unsigned)(exp < 0 ? -exp : exp);
    char t[6];
    int k = 0;
    do { t[k++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (k > 0) out[n++] = t[--k];
    return n;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool ascii_space(char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool word_is(const char *s, size_t n, const char *w) {
    size_t i = 0;
    for (; w[i]; i++)
        if (i >= n || (s[i] | 0x20) != w[i]) return false;
    return i == n;
}

static num_status invalid(num_error *err) {
    return num_fail(err, NUM_E_VALUE, "invalid hexadecimal floating-point string");
}

num_status flt_fromhex(const char *s, size_t n, double *out, num_error *err) {
    size_t b = 0, e = n;
    while (b < e && ascii_space(s[b])) b++;
    while (e > b && ascii_space(s[e - 1])) e--;
    bool neg = false;
    if (b < e && (s[b] == '+' || s[b] == '-')) neg = s[b++] == '-';
    if (word_is(s + b, e - b, "inf") || word_is(s + b, e - b, "infinity")) {
        *out = dbl_from_bits(0x7FF0000000000000u | ((uint64_t)neg << 63));
        return NUM_OK;
    }
    if (word_is(s + b, e - b, "nan")) { *out = dbl_from_bits(0x7FF8000000000000u); return NUM_OK; }
    if (e - b >= 2 && s[b] == '0' && (s[b + 1] | 0x20) == 'x') b += 2;
    /* mantissa: keep 16 significant hex digits (64 bits), the rest only as a sticky bit */
    uint64_t mant = 0;
    int kept = 0;
    int64_t exp2 = 0;          /* binary exponent adjustment from digit positions */
    bool sticky = false, any = false, point = false;
    for (; b < e; b++) {
        if (s[b] == '.' && !point) { point = true; continue; }
        int v = hexval(s[b]);
        if (v < 0) break;
        any = true;
        if (kept == 0 && v == 0) { if (point) exp2 -= 4; continue; }
        if (kept < 15) { mant = mant << 4 | (uint64_t)v; kept++; if (point) exp2 -= 4; }
        else { if (v) sticky = true; if (!point) exp2 += 4; }
    }
    if (!any) return invalid(err);
    if (b < e && (s[b] | 0x20) == 'p') {
        b++;
        bool eneg = false;
        if (b < e && (s[b] == '+' || s[b] == '-')) eneg = s[b++] == '-';
        if (b >= e || s[b] < '0' || s[b] > '9') return invalid(err);
        int64_t ev = 0;
        for (; b < e && s[b] >= '0' && s[b] <= '9'; b++)
            if (ev < 100000000) ev = ev * 10 + (s[b] - '0');
        exp2 += eneg ? -ev : ev;
    }
    if (b != e) return invalid(err);
    num_limb l[2] = {(num_limb)mant, (num_limb)(mant >> 32)};
    bool overflow;
    double v = mag_to_double(l, mag_trim(l, 2), exp2, sticky, &overflow);
    if (overflow)
        return num_fail(err, NUM_E_OVERFLOW, "hexadecimal value too large to represent as a float");
    *out = neg ? -v : v;
    return NUM_OK;
}
