/* fltbits.c — IEEE double assembly and disassembly; the single rounding point from exact
 * big values to doubles (used by int->float, int/int, and float parsing).
 */
#include "fltbits.h"
#include "mag.h"

uint64_t dbl_bits(double x) { union { double d; uint64_t u; } v = {.d = x}; return v.u; }
double dbl_from_bits(uint64_t b) { union { double d; uint64_t u; } v = {.u = b}; return v.d; }
bool dbl_is_finite(double x) { return ((dbl_bits(x) >> 52) & 0x7FF) != 0x7FF; }
bool dbl_is_nan(double x) { return x != x; }

void dbl_decompose(double x, uint64_t *m, int *e) {
    uint64_t b = dbl_bits(x);
    int be = (int)((b >> 52) & 0x7FF);
    uint64_t frac = b & (((uint64_t)1 << 52) - 1);
    if (be == 0) { *m = frac; *e = -1074; }
    else { *m = frac | ((uint64_t)1 << 52); *e = be - 1075; }
}

static uint64_t low64(const num_limb *a, size_t an) {
    uint64_t v = an > 0 ? a[0] : 0;
    if (an > 1) v |= (uint64_t)a[1] << 32;
    return v;
}

double mag_to_double(const num_limb *a, size_t an, int64_t e2, bool sticky, bool *overflow) {
    *overflow = false;
    if (an == 0) return 0.0;
    int64_t len = (int64_t)mag_bit_length(a, an);
    int64_t top = len - 1 + e2;                  /* exponent of the leading bit */
    if (top > 1100) { *overflow = true; return dbl_from_bits(0x7FF0000000000000u); }
    if (top < -1200) return 0.0;                 /* far below half the smallest subnormal */
    int64_t lsb = top - 52 < -1074 ? -1074 : top - 52;  /* weight of the last kept bit */
    int64_t shift = lsb - e2;                    /* bits of a to drop */
    uint64_t m;
    if (shift <= 0) {
        m = low64(a, an) << (-shift);
    } else {
        /* keep the bits above `shift`, remember the half bit and whether anything else is set */
        num_limb buf[3];
        size_t w = (size_t)((shift - 1) / 32);
        unsigned b = (unsigned)((shift - 1) % 32);
        size_t n = 0;
        for (size_t i = w; i < an && n < 3; i++) buf[n++] = a[i];
        n = mag_shr(buf, buf, n, b);
        uint64_t mh = low64(buf, n);             /* m with the half bit at the bottom */
        bool half = mh & 1;
        m = mh >> 1;
        sticky = sticky || mag_low_bits_nonzero(a, an, (uint64_t)(shift - 1));
        if (half && (sticky || (m & 1))) m++;
        if (m == ((uint64_t)1 << 53)) { m >>= 1; lsb++; }
    }
    uint64_t field = (uint64_t)(lsb + 1074) + (m >> 52);
    if (field >= 2047) { *overflow = true; return dbl_from_bits(0x7FF0000000000000u); }
    return dbl_from_bits(((uint64_t)(lsb + 1074) << 52) + m);
}
