/* bigint.h — arbitrary-precision integers with Python 3.11 semantics.
 *
 * The VM keeps small ints (that fit its tagged word) itself and calls here on overflow and for
 * everything bigger. A bigint is a view: sign + magnitude in caller-owned limbs. Operations write
 * their result into r->d, a buffer the caller allocated with at least the capacity the matching
 * *_cap() helper returns; they set r->len and r->neg and leave the result normalised.
 * Results must not overlap operands. Operations that need working memory take a `scratch`
 * buffer of the size the matching *_scratch() helper returns (NULL when that size is 0).
 * Nothing here allocates, and nothing keeps a pointer after returning.
 */
#ifndef RIVET_BIGINT_H
#define RIVET_BIGINT_H

#include "num.h"

typedef struct {
    num_limb *d;   /* magnitude, little-endian limbs */
    size_t len;    /* limbs in use; zero has len 0; otherwise d[len-1] != 0 */
    bool neg;      /* true only for values < 0 (never for zero) */
} bigint;

/* Trims leading zero limbs and clears neg for zero; use after filling d/len by hand. */
void big_normalise(bigint *a);

/* --- Comparison and small conversions --------------------------------------------------- */
int big_cmp(const bigint *a, const bigint *b);            /* -1, 0, +1 */
int big_cmp_mag(const bigint *a, const bigint *b);        /* compares |a| with |b| */
void big_from_i64(bigint *r, int64_t v);                  /* r->d needs 2 limbs */
void big_from_u64(bigint *r, uint64_t v);                 /* r->d needs 2 limbs */
bool big_to_i64(const bigint *a, int64_t *out);           /* false if a does not fit */
bool big_fits_i64(const bigint *a);

/* --- Arithmetic ---------------------------------------------------------------------------- */
size_t big_add_cap(const bigint *a, const bigint *b);     /* max(len)+1 */
void big_add(bigint *r, const bigint *a, const bigint *b);
void big_sub(bigint *r, const bigint *a, const bigint *b);   /* same cap as add */

size_t big_mul_cap(const bigint *a, const bigint *b);     /* a->len + b->len + 1 */
size_t big_mul_scratch(const bigint *a, const bigint *b); /* > 0 only when Karatsuba is used */
void big_mul(bigint *r, const bigint *a, const bigint *b, num_limb *scratch);

/* Floor division: q = floor(a / b), m = a - q*b (m has b's sign, |m| < |b|), as Python's //
 * and %. Either q or m may be NULL. Returns NUM_E_ZERODIV if b is zero (the VM chooses
 * "integer division or modulo by zero" or "integer modulo by zero"). */
size_t big_divmod_qcap(const bigint *a, const bigint *b); /* a->len - b->len + 2 (>= 1) */
size_t big_divmod_mcap(const bigint *a, const bigint *b); /* b->len + 1 */
size_t big_divmod_scratch(const bigint *a, const bigint *b);
/* Scratch for big_divmod when only q is wanted (m NULL): 0 when the quotient has at most two
 * limbs (the spigot's digit = (...) // t), which needs none. */
size_t big_floordiv_scratch(const bigint *a, const bigint *b);
num_status big_divmod(bigint *q, bigint *m, const bigint *a, const bigint *b, num_limb *scratch);

/* a / b as a correctly rounded double (Python's int / int). Errors: NUM_E_ZERODIV
 * ("division by zero"), NUM_E_OVERFLOW ("integer division result too large for a float"). */
size_t big_truediv_scratch(const bigint *a, const bigint *b);
num_status big_truediv(const bigint *a, const bigint *b, double *out, num_limb *scratch,
                       num_error *err);

/* base ** exp for exp >= 0 (negative exponents are the VM's float path). big_pow_cap returns 0
 * when the result would not fit in memory anyway (> 2**32 limbs): the VM raises MemoryError. */
size_t big_pow_cap(const bigint *base, uint64_t exp);
size_t big_pow_scratch(const bigint *base, uint64_t exp);
void big_pow(bigint *r, const bigint *base, uint64_t exp, num_limb *scratch);

/* pow(base, exp, mod): result has mod's sign, as Python's. exp < 0 uses the modular inverse
 * of base. Errors (NUM_E_VALUE, message filled): "pow() 3rd argument cannot be 0",
 * "base is not invertible for the given modulus". */
size_t big_powmod_cap(const bigint *mod);                 /* mod->len */
size_t big_powmod_scratch(const bigint *base, const bigint *exp, const bigint *mod);
num_status big_powmod(bigint *r, const bigint *base, const bigint *exp, const bigint *mod,
                      num_limb *scratch, num_error *err);

/* --- Shifts and bitwise (infinite two's complement for negatives) --------------------------- */
/* The VM rejects negative counts ("negative shift count") before calling. */
size_t big_shl_cap(const bigint *a, uint64_t n);          /* a->len + n/32 + 1 */
void big_shl(bigint *r, const bigint *a, uint64_t n);
size_t big_shr_cap(const bigint *a, uint64_t n);          /* max(a->len, 1) */
void big_shr(bigint *r, const bigint *a, uint64_t n);     /* floor(a / 2**n) */

size_t big_bitop_cap(const bigint *a, const bigint *b);   /* max(len)+1 */
void big_and(bigint *r, const bigint *a, const bigint *b);
void big_or(bigint *r, const bigint *a, const bigint *b);
void big_xor(bigint *r, const bigint *a, const bigint *b);
size_t big_invert_cap(const bigint *a);                   /* a->len + 1 */
void big_invert(bigint *r, const bigint *a);              /* ~a == -(a+1) */

uint64_t big_bit_length(const bigint *a);                 /* of |a|, as int.bit_length() */
uint64_t big_bit_count(const bigint *a);                  /* popcount of |a| */

/* --- Floats ---------------------------------------------------------------------------------- */
/* Correctly rounded (half to even). NUM_E_OVERFLOW: "int too large to convert to float". */
num_status big_to_double(const bigint *a, double *out, num_error *err);
/* Truncation toward zero, as int(x). Errors: NUM_E_OVERFLOW "cannot convert float infinity to
 * integer", NUM_E_VALUE "cannot convert float NaN to integer". big_from_double_cap(inf/nan)
 * returns 1 so the VM can call big_from_double to get the error. */
size_t big_from_double_cap(double x);
/* Exact comparison of an int with a float, as Python's ==, <, ... between them (never
 * overflows, 2**53 + 1 != 2.0**53): -1, 0, +1, or NUM_CMP_UNORDERED when x is NaN. */
#define NUM_CMP_UNORDERED 2
int big_cmp_double(const bigint *a, double x);
int num_cmp_i64_double(int64_t v, double x);
num_status big_from_double(bigint *r, double x, num_error *err);

/* x.as_integer_ratio(): num/den in lowest terms, den a power of two; each needs
 * BIG_RATIO_CAP limbs. Errors: NUM_E_OVERFLOW "cannot convert Infinity to integer ratio",
 * NUM_E_VALUE "cannot convert NaN to integer ratio". */
#define BIG_RATIO_CAP 36
num_status big_from_double_ratio(bigint *num, bigint *den, double x, num_error *err);

/* --- Bytes and decimal rounding ------------------------------------------------------------ */
/* a.to_bytes(length, 'little' if little else 'big', signed=is_signed) into out[0..length).
 * Errors (NUM_E_OVERFLOW): "can't convert negative int to unsigned", "int too big to convert". */
num_status big_to_bytes(const bigint *a, uint8_t *out, size_t length, bool little,
                        bool is_signed, num_error *err);
/* int.from_bytes(bytes, ...): r->d needs big_from_bytes_cap(n) limbs. */
size_t big_from_bytes_cap(size_t n);
void big_from_bytes(bigint *r, const uint8_t *bytes, size_t n, bool little, bool is_signed);

/* round(a, -k) for k >= 1: a rounded half to even to a multiple of 10**k. */
size_t big_round_pow10_cap(const bigint *a, uint64_t k);
size_t big_round_pow10_scratch(const bigint *a, uint64_t k);
void big_round_pow10(bigint *r, const bigint *a, uint64_t k, num_limb *scratch);

/* --- Hashing (CPython's numeric hash: value mod 2**61-1, sign kept, -1 becomes -2) ---------- */
int64_t big_hash(const bigint *a);
int64_t num_hash_i64(int64_t v);
/* hash(float). For NaN this returns 0: CPython 3.11 hashes NaN by object identity, which
 * only the VM can do. Equal ints and floats hash equal. */
int64_t num_hash_double(double x);

#endif
