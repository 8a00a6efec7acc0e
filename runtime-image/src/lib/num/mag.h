/* mag.h — internal: unsigned magnitudes as limb arrays (length-tracked, little-endian).
 * The signed bigint API and the float conversions are built on these. Lengths returned are
 * normalised (no leading zero limbs). "In place" notes say which outputs may alias inputs.
 */
#ifndef RIVET_NUM_MAG_H
#define RIVET_NUM_MAG_H

#include "num.h"

size_t mag_trim(const num_limb *a, size_t n);
int mag_cmp(const num_limb *a, size_t an, const num_limb *b, size_t bn);
void mag_copy(num_limb *r, const num_limb *a, size_t n);
void mag_zero(num_limb *r, size_t n);
/* r = a + b; r may alias a (an >= bn not required). Needs max(an,bn)+1 limbs. */
size_t mag_add(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn);
/* r = a - b for a >= b; r may alias a. */
size_t mag_sub(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn);
/* r = a * m + add; in place ok. Needs an+1 limbs. */
size_t mag_mul_small(num_limb *r, const num_limb *a, size_t an, uint32_t m, uint32_t add);
/* q = a / d, returns a % d; in place ok. */
uint32_t mag_div_small(num_limb *q, size_t *qn, const num_limb *a, size_t an, uint32_t d);
/* q = a / 10**9, returns a % 10**9; in place ok. A constant divisor lets the compiler use a
 * multiply instead of a divide instruction (divides are slow, and slower still emulated). */
uint32_t mag_div_1e9(num_limb *q, size_t *qn, const num_limb *a, size_t an);
/* r = a * b; r must not alias. Needs an+bn limbs. */
size_t mag_mul(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn);
/* r = a * b using Karatsuba on long operands; scratch holds mag_mul_scratch(an, bn) limbs
 * (0 means none needed, scratch may then be NULL). */
size_t mag_mul_scratch(size_t an, size_t bn);
size_t mag_mul_fast(num_limb *r, const num_limb *a, size_t an, const num_limb *b, size_t bn,
                    num_limb *scratch);
/* r = a << n bits (needs an + n/32 + 1 limbs), r = a >> n bits; in place ok for shr only. */
size_t mag_shl(num_limb *r, const num_limb *a, size_t an, uint64_t n);
size_t mag_shr(num_limb *r, const num_limb *a, size_t an, uint64_t n);
/* True if any of the low n bits of a are set. */
bool mag_low_bits_nonzero(const num_limb *a, size_t an, uint64_t n);
uint64_t mag_bit_length(const num_limb *a, size_t an);
/* Knuth D: q = a / b (an-bn+1 limbs), r = a % b (bn limbs); q or r may be NULL.
 * scratch: an + bn + 2 limbs. b must be nonzero. */
void mag_divmod(num_limb *q, size_t *qn, num_limb *r, size_t *rn, const num_limb *a, size_t an,
                const num_limb *b, size_t bn, num_limb *scratch);
/* r = 10**k (needs k*10/96+2 limbs); returns length. */
size_t mag_pow10(num_limb *r, uint32_t k);

#endif
