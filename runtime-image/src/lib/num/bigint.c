/* bigint.c — signed big integers: comparison, add/sub/mul and Python's floor divmod.
 * Sign handling lives here; limb arithmetic lives in mag.c.
 */
#include "bigint.h"
#include "mag.h"

static size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }

void big_normalise(bigint *a) {
    a->len = mag_trim(a->d, a->len);
    if (a->len == 0) a->neg = false;
}

int big_cmp_mag(const bigint *a, const bigint *b) { return mag_cmp(a->d, a->len, b->d, b->len); }

int big_cmp(const bigint *a, const bigint *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = big_cmp_mag(a, b);
    return a->neg ? -c : c;
}

void big_from_u64(bigint *r, uint64_t v) {
    r->d[0] = (num_limb)v;
    r->d[1] = (num_limb)(v >> 32);
    r->len = mag_trim(r->d, 2);
    r->neg = false;
}

void big_from_i64(bigint *r, int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    big_from_u64(r, m);
    r->neg = v < 0;
}

bool big_to_i64(const bigint *a, int64_t *out) {
    if (a->len > 2) return false;
    uint64_t m = 0;
    if (a->len > 0) m = a->d[0];
    if (a->len > 1) m |= (uint64_t)a->d[1] << 32;
    if (a->neg) {
        if (m > (uint64_t)1 << 63) return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    }
    return true;
}

bool big_fits_i64(const bigint *a) {
    int64_t dummy;
    return big_to_i64(a, &dummy);
}

size_t big_add_cap(const bigint *a, const bigint *b) { return max_sz(a->len, b->len) + 1; }

/* r = a + (bneg ? -|b| : |b|) */
static void add_signed(bigint *r, const bigint *a, const num_limb *bd, size_t bn, bool bneg) {
    if (a->neg == bneg) {
        r->len = mag_add(r->d, a->d, a->len, bd, bn);
        r->neg = a->neg;
    } else if (mag_cmp(a->d, a->len, bd, bn) >= 0) {
        r->len = mag_sub(r->d, a->d, a->len, bd, bn);
        r->neg = a->neg;
    } else {
        r->len = mag_sub(r->d, bd, bn, a->d, a->len);
        r->neg = bneg;
    }
    if (r->len == 0) r->neg = false;
}

void big_add(bigint *r, const bigint *a, const bigint *b) { add_signed(r, a, b->d, b->len, b->neg); }

void big_sub(bigint *r, const bigint *a, const bigint *b) {
    add_signed(r, a, b->d, b->len, b->len ? !b->neg : false);
}

size_t big_mul_cap(const bigint *a, const bigint *b) { return a->len + b->len + 1; }
size_t big_mul_scratch(const bigint *a, const bigint *b) { return mag_mul_scratch(a->len, b->len); }

void big_mul(bigint *r, const bigint *a, const bigint *b, num_limb *scratch) {
    r->len = mag_mul_fast(r->d, a->d, a->len, b->d, b->len, scratch);
    r->neg = r->len != 0 && a->neg != b->neg;
}

size_t big_divmod_qcap(const bigint *a, const bigint *b) {
    return (a->len > b->len ? a->len - b->len : 0) + 2;
}
size_t big_divmod_mcap(const bigint *a, const bigint *b) { (void)a; return b->len + 1; }
size_t big_divmod_scratch(const bigint *a, const bigint *b) { return max_sz(a->len, b->len) + 2; }

/* The quotient alone, below 2**64: mag_div_word needs no scratch. */
static bool word_quotient(const bigint *a, const bigint *b) {
    return b->len >= 2 && a->len >= b->len && a->len - b->len <= 1;
}
size_t big_floordiv_scratch(const bigint *a, const bigint *b) {
    return word_quotient(a, b) ? 0 : big_divmod_scratch(a, b);
}

num_status big_divmod(bigint *q, bigint *m, const bigint *a, const bigint *b, num_limb *scratch) {
    if (b->len == 0) return NUM_E_ZERODIV;
    size_t qn = 0, rn = 0;
    if (q && !m && word_quotient(a, b)) {
        bool nz = false, floor_adjust = a->neg != b->neg;   /* only then is a % b needed */
        uint64_t w = mag_div_word(a->d, a->len, b->d, b->len, floor_adjust ? &nz : NULL);
        q->d[0] = (num_limb)w;
        q->d[1] = (num_limb)(w >> 32);
        qn = mag_trim(q->d, 2);
        rn = nz;
        if (a->neg != b->neg && rn) {
            num_limb one = 1;
            qn = mag_add(q->d, q->d, qn, &one, 1);
        }
        q->len = qn;
        q->neg = a->neg != b->neg && qn != 0;
        return NUM_OK;
    }
    num_limb *qd = q ? q->d : NULL;
    /* Without m, mag_divmod still says whether the truncated remainder is zero (rn), which is
     * all the floor adjustment needs. */
    num_limb *rd = m ? m->d : NULL;
    mag_divmod(qd, &qn, rd, &rn, a->d, a->len, b->d, b->len, scratch);
    bool neg = a->neg != b->neg;
    bool adjust = neg && rn != 0;        /* floor: truncated quotient is one too high */
    if (q) {
        q->len = qn;
        if (adjust) {
            num_limb one = 1;
            q->len = mag_add(q->d, q->d, qn, &one, 1);
        }
        q->neg = neg && q->len != 0;
    }
    if (m) {
        if (adjust) {  /* m = b - r, carrying b's sign */
            num_limb *t = scratch;  /* Knuth's scratch is free again */
            mag_copy(t, b->d, b->len);
            size_t tn = mag_sub(t, t, b->len, rd, rn);
            mag_copy(m->d, t, tn);
            rn = tn;
        }
        m->len = rn;
        m->neg = rn != 0 && b->neg;
    }
    return NUM_OK;
}
