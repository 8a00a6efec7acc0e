/* fltparse.c — float(str): CPython's syntax, and correctly rounded decimal -> double
 * (exact big-number quotient, rounded once in mag_to_double).
 */
#include "fltfmt.h"
#include "fltbits.h"
#include "fltdigits.h"
#include "mag.h"
#include "utf8scan.h"

#define PW 144   /* limbs: 800 digits (84) shifted past 10**1130 (118) */

double flt_from_decimal(const char *digits, int n, int64_t exp10, bool sticky, bool *overflow) {
    *overflow = false;
    while (n > 0 && digits[0] == '0') { digits++; n--; }
    while (n > 0 && digits[n - 1] == '0') { n--; exp10++; }
    if (n == 0) return 0.0;
    if (n + exp10 > 310) { *overflow = true; return dbl_from_bits(0x7FF0000000000000u); }
    if (n + exp10 < -330) return 0.0;
    static const double p10[23] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
                                   1e20, 1e21, 1e22};
    if (!sticky && n <= 15 && exp10 >= -22 && exp10 <= 22) {
        /* both operands exact: a single IEEE operation rounds correctly */
        uint64_t v = 0;
        for (int i = 0; i < n; i++) v = v * 10 + (uint64_t)(digits[i] - '0');
        return exp10 >= 0 ? (double)v * p10[exp10] : (double)v / p10[-exp10];
    }
    num_limb a[PW], den[PW], q[PW], rem[PW], scratch[2 * PW + 4];
    size_t an = 0;
    int i = 0;
    while (i < n) {   /* 9 digits at a time */
        uint32_t chunk = 0, mul = 1;
        for (int k = 0; k < 9 && i < n; k++, i++) { chunk = chunk * 10 + (uint32_t)(digits[i] - '0'); mul *= 10; }
        an = mag_mul_small(a, a, an, mul, chunk);
    }
    if (exp10 >= 0) {
        num_limb p[PW];
        size_t pn = mag_pow10(p, (uint32_t)exp10);
        size_t rn = mag_mul(q, a, an, p, pn);
        return mag_to_double(q, rn, 0, sticky, overflow);
    }
    size_t dn = mag_pow10(den, (uint32_t)-exp10);
    int64_t s = 55 + (int64_t)mag_bit_length(den, dn) - (int64_t)mag_bit_length(a, an);
    if (s < 0) s = 0;
    size_t nn = mag_shl(a, a, an, (uint64_t)s);
    size_t qn, rn;
    mag_divmod(q, &qn, rem, &rn, a, nn, den, dn, scratch);
    return mag_to_double(q, qn, -s, sticky || rn != 0, overflow);
}

/* True if the rest of the cursor spells w (lower case), case-insensitively, and nothing more. */
static bool rest_is(u8cursor c, const char *w) {
    for (size_t i = 0; w[i]; i++) {
        int ch = u8_next(&c);
        if (ch < 0 || (ch | 0x20) != w[i]) return false;
    }
    return u8_next(&c) < 0;
}

num_status flt_parse(const char *text, size_t n, double *out) {
    size_t b = 0, e = n;
    num_strip_space(text, &b, &e);
    u8cursor c = {text, b, e}, before = c;
    int ch = u8_next(&c);
    bool neg = false;
    if (ch == '+' || ch == '-') { neg = ch == '-'; before = c; ch = u8_next(&c); }
    if (rest_is(before, "inf") || rest_is(before, "infinity")) {
        *out = dbl_from_bits(0x7FF0000000000000u | ((uint64_t)neg << 63));
        return NUM_OK;
    }
    if (rest_is(before, "nan")) {
        *out = dbl_from_bits(0x7FF8000000000000u | ((uint64_t)neg << 63));
        return NUM_OK;
    }
    char digs[FLT_DIGITS_MAX + 1];
    int nd = 0;
    bool sticky = false, seen_point = false, any = false;
    bool prev_digit = false, pending_us = false;   /* '_' must sit between two digits */
    int64_t exp10 = 0;
    for (;; ch = u8_next(&c)) {
        if (ch >= '0' && ch <= '9') {
            any = true;
            if (nd == 0 && ch == '0') { if (seen_point) exp10--; }
            else if (nd < FLT_DIGITS_MAX) { digs[nd++] = (char)ch; if (seen_point) exp10--; }
            else { if (ch != '0') sticky = true; if (!seen_point) exp10++; }
            prev_digit = true;
            pending_us = false;
        } else if (ch == '_') {
            if (!prev_digit) return NUM_E_FLOAT_LITERAL;
            prev_digit = false;
            pending_us = true;
        } else if (ch == '.' && !seen_point && !pending_us) {
            seen_point = true;
            prev_digit = false;
        } else {
            break;
        }
    }
    if (!any || pending_us) return NUM_E_FLOAT_LITERAL;
    if (ch == 'e' || ch == 'E') {
        ch = u8_next(&c);
        bool eneg = false;
        if (ch == '+' || ch == '-') { eneg = ch == '-'; ch = u8_next(&c); }
        int64_t ev = 0;
        bool edigit = false;
        prev_digit = false;
        pending_us = false;
        for (;; ch = u8_next(&c)) {
            if (ch >= '0' && ch <= '9') {
                if (ev < 100000000) ev = ev * 10 + (ch - '0');
                edigit = prev_digit = true;
                pending_us = false;
            } else if (ch == '_' && prev_digit) {
                prev_digit = false;
                pending_us = true;
            } else {
                break;
            }
        }
        if (!edigit || pending_us) return NUM_E_FLOAT_LITERAL;
        exp10 += eneg ? -ev : ev;
    }
    if (ch >= 0) return NUM_E_FLOAT_LITERAL;
    bool overflow;
    double v = flt_from_decimal(digs, nd, exp10, sticky, &overflow);
    *out = neg ? -v : v;
    return NUM_OK;
}
