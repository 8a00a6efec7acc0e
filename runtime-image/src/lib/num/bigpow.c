/* bigpow.c — integer powers: base ** exp, and pow(base, exp, mod) including the modular inverse
 * for negative exponents (Python 3.8+). Both square-and-multiply from the top bit down.
 */
#include "bigint.h"
#include "mag.h"
#include "numerr.h"

size_t big_pow_cap(const bigint *base, uint64_t exp) {
    if (exp == 0 || base->len == 0) return 1;
    uint64_t bits = mag_bit_length(base->d, base->len);
    if (bits == 1) return 1;                            /* +-1 */
    if (exp > ((uint64_t)1 << 37) / bits) return 0;     /* > 2**32 limbs: MemoryError */
    return (size_t)(bits * exp / 32) + 2;
}

size_t big_pow_scratch(const bigint *base, uint64_t exp) {
    size_t cap = big_pow_cap(base, exp);
    return cap + mag_mul_scratch(cap, cap);   /* the other accumulator + Karatsuba's room */
}

void big_pow(bigint *r, const bigint *base, uint64_t exp, num_limb *scratch) {
    r->neg = base->neg && (exp & 1);
    if (exp == 0) { r->d[0] = 1; r->len = 1; r->neg = false; return; }
    if (base->len == 0) { r->len = 0; r->neg = false; return; }
    size_t cap = big_pow_cap(base, exp);
    num_limb *acc = r->d, *other = scratch, *kscratch = scratch + cap;
    size_t an = 1;
    acc[0] = 1;
    for (int bit = 63 - __builtin_clzll(exp); bit >= 0; bit--) {
        size_t n = mag_mul_fast(other, acc, an, acc, an, kscratch);
        num_limb *t = acc; acc = other; other = t; an = n;
        if ((exp >> bit) & 1) {
            n = mag_mul_fast(other, acc, an, base->d, base->len, kscratch);
            t = acc; acc = other; other = t; an = n;
        }
    }
    if (acc != r->d) mag_copy(r->d, acc, an);
    r->len = an;
}

size_t big_powmod_cap(const bigint *mod) { return mod->len + 1; }

static size_t width(const bigint *base, const bigint *mod) {
    size_t w = 2 * mod->len + 4;
    return base->len + 4 > w ? base->len + 4 : w;
}

size_t big_powmod_scratch(const bigint *base, const bigint *exp, const bigint *mod) {
    (void)exp;
    return 12 * width(base, mod);
}

/* r = a mod m (0 <= r < m), using q and knuth as work space. */
static void mod_reduce(bigint *r, const bigint *a, const bigint *m, num_limb *knuth) {
    bigint mm = {m->d, m->len, false};
    big_divmod(NULL, r, a, &mm, knuth);
}

/* Extended Euclid: inv = a**-1 mod m, for 0 <= a < m. False if gcd(a, m) != 1. */
static bool mod_inverse(bigint *inv, const bigint *a, const bigint *m, num_limb *s, size_t w) {
    bigint old_r = {s, 0, false}, rr = {s + w, 0, false}, old_s = {s + 2 * w, 0, false},
           ss = {s + 3 * w, 0, false}, q = {s + 4 * w, 0, false}, t = {s + 5 * w, 0, false},
           u = {s + 6 * w, 0, false};
    num_limb *knuth = s + 7 * w;      /* needs up to 3w */
    mag_copy(old_r.d, a->d, a->len); old_r.len = a->len;
    mag_copy(rr.d, m->d, m->len); rr.len = m->len;
    big_from_i64(&old_s, 1);
    big_from_i64(&ss, 0);
    while (rr.len != 0) {
        big_divmod(&q, &t, &old_r, &rr, knuth);   /* t = old_r - q * rr */
        bigint tmp = old_r; old_r = rr; rr = t; t = tmp;
        big_mul(&u, &q, &ss, NULL);                /* old_s - q * ss */
        big_sub(&t, &old_s, &u);
        tmp = old_s; old_s = ss; ss = t; t = tmp;
    }
    if (!(old_r.len == 1 && old_r.d[0] == 1)) return false;
    mod_reduce(inv, &old_s, m, knuth);
    return true;
}

num_status big_powmod(bigint *r, const bigint *base, const bigint *exp, const bigint *mod,
                      num_limb *scratch, num_error *err) {
    if (mod->len == 0) return num_fail(err, NUM_E_VALUE, "pow() 3rd argument cannot be 0");
    size_t w = width(base, mod);
    bigint m = {mod->d, mod->len, false};
    bigint b = {scratch, 0, false}, acc = {scratch + w, 0, false}, prod = {scratch + 2 * w, 0,
                                                                             false};
    num_limb *work = scratch + 3 * w;   /* 9w left */
    mod_reduce(&b, base, &m, work);
    if (exp->neg) {
        bigint inv = {scratch + 2 * w, 0, false};
        if (!mod_inverse(&inv, &b, &m, work, w))
            return num_fail(err, NUM_E_VALUE, "base is not invertible for the given modulus");
        mag_copy(b.d, inv.d, inv.len); b.len = inv.len;
    }
    acc.d[0] = 1; acc.len = 1;
    if (m.len == 1 && m.d[0] == 1) acc.len = 0;
    uint64_t bits = mag_bit_length(exp->d, exp->len);
    for (uint64_t i = bits; i-- > 0;) {
        big_mul(&prod, &acc, &acc, NULL);
        mod_reduce(&acc, &prod, &m, work);
        if ((exp->d[i / 32] >> (i % 32)) & 1) {
            big_mul(&prod, &acc, &b, NULL);
            mod_reduce(&acc, &prod, &m, work);
        }
    }
    if (mod->neg && acc.len != 0) {   /* Python: the result takes the modulus's sign */
        mag_copy(prod.d, m.d, m.len); prod.len = m.len;
        prod.len = mag_sub(prod.d, prod.d, prod.len, acc.d, acc.len);
        mag_copy(r->d, prod.d, prod.len);
        r->len = prod.len;
        r->neg = true;
        return NUM_OK;
    }
    mag_copy(r->d, acc.d, acc.len);
    r->len = acc.len;
    r->neg = false;
    return NUM_OK;
}
