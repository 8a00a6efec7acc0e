/* mag.h — internal: unsigned magnitudes as limb arrays (length-tracked, little-endian).
 * The signed bigint API and the float conversions are built on these. Lengths returned are
 * normalised (no leading zero limbs). "In place" notes say which outputs may alias inputs.
 */
#ifndef RIVET_NUM_MAG_H
#define RIVET_NUM_MAG_H

#include "num.h"

/* Limbs are 32 bits in memory, but the hot loops move two at a time: on little-endian x86-64 the
 * limb pair (d[i], d[i+1]) is the 64-bit word d[i] + d[i+1] * 2**32, and a 64 x 64 -> 128-bit
 * multiply (one instruction) does the work of four 32-bit ones. Emulated instructions are what
 * costs, so halving the iterations roughly halves the time. Loads and stores of pairs go through
 * a may_alias, 4-byte-aligned word type (limb arrays are only 4-byte aligned in general). */
typedef uint64_t mag_word __attribute__((may_alias, aligned(4)));
typedef unsigned __int128 mag_dword;
static inline uint64_t mag_ld2(const num_limb *p) { return *(const mag_word *)p; }
static inline void mag_st2(num_limb *p, uint64_t w) { *(mag_word *)p = w; }

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
/* r = a * m for a multiplier below 2**64; in place ok. Needs an+2 limbs. */
size_t mag_mul_word(num_limb *r, const num_limb *a, size_t an, uint64_t m);
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
/* Knuth D: q = a / b (an-bn+1 limbs), r = a % b (bn limbs); q or r may be NULL (with r NULL,
 * *rn still says whether the remainder is zero). q and r may alias a.
 * scratch: an + 1 limbs (older callers pass more). b must be nonzero. */
void mag_divmod(num_limb *q, size_t *qn, num_limb *r, size_t *rn, const num_limb *a, size_t an,
                const num_limb *b, size_t bn, num_limb *scratch);
/* floor(a / b) when it is below 2**64 (bn >= 2, bn <= an <= bn + 1), with no scratch and no
 * writes: the digit estimate from the top limbs, then a - q*b checked in one streaming pass
 * (rarely two). *rem_nonzero says whether a % b != 0; pass NULL when that is not needed, and
 * the pass is skipped whenever the top limbs alone fix the quotient. */
uint64_t mag_div_word(const num_limb *a, size_t an, const num_limb *b, size_t bn,
                      bool *rem_nonzero);
/* r = 10**k (needs k*10/96+2 limbs); returns length. */
size_t mag_pow10(num_limb *r, uint32_t k);

#endif
