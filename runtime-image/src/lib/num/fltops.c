/* fltops.c — floor/ceil/trunc, fmod and Python's float divmod without libm. fmod is exact:
 * it reduces integer mantissas, never divides in floating point.
 */
#include "fltops.h"
#include "fltbits.h"
#include "fltfmt.h"

static double with_sign_of(double v, double s) {
    uint64_t b = (dbl_bits(v) & ~((uint64_t)1 << 63)) | (dbl_bits(s) & ((uint64_t)1 << 63));
    return dbl_from_bits(b);
}

double flt_trunc(double x) {
    double ax = x < 0 ? -x : x;
    if (!(ax < 4503599627370496.0)) return x;
    return with_sign_of((double)(int64_t)x, x);
}

double flt_floor(double x) {
    double t = flt_trunc(x);
    return t > x ? t - 1.0 : t;
}

double flt_ceil(double x) {
    double t = flt_trunc(x);
    return t < x ? t + 1.0 : t;
}

double flt_fmod(double x, double y) {
    if (!dbl_is_finite(x) || dbl_is_nan(y) || y == 0) return dbl_from_bits(0x7FF8000000000000u);
    if (!dbl_is_finite(y) || x == 0) return x;
    double ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
    if (ax < ay) return x;
    uint64_t mx, my; int ex, ey;
    dbl_decompose(ax, &mx, &ex);
    dbl_decompose(ay, &my, &ey);
    /* (mx * 2**(ex-ey)) mod my, eleven bits at a time (my < 2**53 so r << 11 fits) */
    uint64_t r = mx % my;
    int k = ex - ey;
    while (k > 0) {
        int step = k > 11 ? 11 : k;
        r = (r << step) % my;
        k -= step;
    }
    num_limb l[2] = {(num_limb)r, (num_limb)(r >> 32)};
    bool ovf;
    double v = mag_to_double(l, r ? (l[1] ? 2 : 1) : 0, ey, false, &ovf);
    return with_sign_of(v, x);
}

num_status flt_divmod(double x, double y, double *floordiv, double *mod) {
    if (y == 0) return NUM_E_ZERODIV;
    double m = flt_fmod(x, y);
    double div = (x - m) / y;   /* exact multiple of y, up to the division's rounding */
    if (m != 0) {
        if ((y < 0) != (m < 0)) { m += y; div -= 1.0; }
    } else {
        m = with_sign_of(0.0, y);
    }
    double fd;
    if (div != 0) {
        fd = flt_floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = with_sign_of(0.0, x / y);
    }
    if (floordiv) *floordiv = fd;
    if (mod) *mod = m;
    return NUM_OK;
}
