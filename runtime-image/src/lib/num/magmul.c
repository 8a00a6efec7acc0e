/* magmul.c — Karatsuba multiplication for long magnitudes (schoolbook below a threshold).
 * Products of n-limb numbers cost O(n**1.585) instead of O(n**2); working memory comes from
 * a caller scratch area sized by mag_mul_scratch().
 */
#include "mag.h"

#define KARATSUBA_MIN 40   /* limbs; below this schoolbook wins (measured with numbench) */

size_t mag_mul_scratch(size_t an, size_t bn) {
    size_t n = an > bn ? an : bn;
    if ((an < bn ? an : bn) < KARATSUBA_MIN) return 0;
    /* each level takes 4h + 4 (h ~ n/2) and recurses on h + 1 limbs; the unbalanced case
     * takes 2*bn + that of a bn x bn product. 6n + 64 per level of halving bounds both. */
    size_t s = 0;
    for (size_t m = n; m >= KARATSUBA_MIN / 2; m = m / 2 + 1) s += 3 * m + 16;
    return 2 * s + 4 * n + 64;
}

/* r[off..rn) += t[0..tn) with carry; the sum fits in rn limbs by construction. */
static void add_into(num_limb *r, size_t rn, size_t off, const num_limb *t, size_t tn) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < tn && off + i < rn; i++) {
        carry += (uint64_t)r[off + i] + t[i];
        r[off + i] = (num_limb)carry;
        carry >>= 32;
    }
    for (; carry && off + i < rn; i++) {
        carry += r[off + i];
        r[off + i] = (num_limb)carry;
        carry >>= 32;
    }
}

/* r[0..an+bn) = a * b, all limbs written (leading zeros included); an >= bn. */
static void kmul(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn,
                 num_limb *scratch) {
    if (bn < KARATSUBA_MIN) {
        if (bn == 0) { mag_zero(r, an); return; }
        mag_mul(r, a, an, b, bn);   /* writes an + bn limbs */
        return;
    }
    size_t h = (an + 1) / 2;
    if (bn <= h) {   /* unbalanced: a in bn-limb slices, each a balanced product */
        mag_zero(r, an + bn);
        num_limb *t = scratch;
        for (size_t off = 0; off < an; off += bn) {
            size_t sn = an - off < bn ? an - off : bn;
            if (sn >= bn) kmul(t, a + off, sn, b, bn, scratch + 2 * bn);
            else kmul(t, b, bn, a + off, sn, scratch + 2 * bn);
            add_into(r, an + bn, off, t, sn + bn);
        }
        return;
    }
    const num_limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t a1n = an - h, b1n = bn - h;
    kmul(r, a0, h, b0, h, scratch);                       /* z0 -> r[0..2h) */
    kmul(r + 2 * h, a1, a1n, b1, b1n, scratch);           /* z2 -> r[2h..an+bn) */
    num_limb *sa = scratch, *sb = scratch + h + 1, *z1 = scratch + 2 * h + 2;
    num_limb *rest = z1 + 2 * h + 2;
    size_t san = h + 1, sbn = h + 1;
    mag_add(sa, a0, h, a1, a1n);                          /* writes h + 1 limbs */
    mag_add(sb, b0, h, b1, b1n);
    kmul(z1, sa, san, sb, sbn, rest);                     /* (a0+a1)(b0+b1): 2h + 2 limbs */
    size_t zn = mag_sub(z1, z1, 2 * h + 2, r, 2 * h);     /* - z0 */
    zn = mag_sub(z1, z1, zn > a1n + b1n ? zn : a1n + b1n, r + 2 * h, a1n + b1n);   /* - z2 */
    add_into(r, an + bn, h, z1, zn);
}

size_t mag_mul_fast(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn,
                    num_limb *scratch) {
    if (an == 0 || bn == 0) return 0;
    if (an < bn) { const num_limb *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if (bn < KARATSUBA_MIN || !scratch) return mag_mul(r, a, an, b, bn);
    kmul(r, a, an, b, bn, scratch);
    return mag_trim(r, an + bn);
}
