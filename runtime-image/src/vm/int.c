/* int.c — the int type: tagged small ints on the fast path, heap big ints (bigint_t, limbs from
 * lib/num) when a result overflows 63 bits. Every big result that fits a small int is narrowed,
 * so a bigint_t always holds a value outside the small range. */
#include "obj.h"
#include "gc.h"
#include "intnum.h"
#include "../lib/num/intfmt.h"

bigint int_view(val_t v, num_limb tmp[2]) {
    bigint b;
    if (IS_SMALL(v)) { b.d = tmp; big_from_i64(&b, SMALL(v)); return b; }
    if (is_type(v, &bool_type)) { b.d = tmp; big_from_i64(&b, ((bool_t *)v)->value); return b; }
    bigint_t *o = (bigint_t *)v;
    b.d = o->limbs; b.len = o->n; b.neg = o->sign < 0;
    return b;
}

static bigint_t *big_alloc(size_t cap) {
    bigint_t *o = new_obj(&int_type, sizeof(bigint_t) + (cap ? cap : 1) * sizeof(uint32_t));
    o->n = cap;
    return o;
}
/* A result whose limbs the arithmetic writes itself (big_binary's add, subtract, multiply,
 * divide): nothing is cleared but the word after the sign; big_finish clears the limbs past the
 * result, before anything can allocate (see gc_alloc_leaf_uncleared). */
static bigint_t *big_alloc_raw(size_t cap) {
    bigint_t *o = gc_alloc_leaf_uncleared(sizeof(bigint_t) + (cap ? cap : 1) * sizeof(uint32_t));
    o->base.type = &int_type;
    memset_(&o->sign, 0, offsetof(bigint_t, n) - offsetof(bigint_t, sign));
    o->n = cap;
    return o;
}
/* Clears o's limbs from r->len to the end of its last block (o->n still holds the capacity). */
static void big_clear_slack(bigint_t *o, const bigint *r) {
    size_t bytes = sizeof(bigint_t) + (o->n ? o->n : 1) * sizeof(uint32_t);
    bytes = (bytes + GC_BLOCK - 1) & ~(size_t)(GC_BLOCK - 1);
    uint8_t *from = (uint8_t *)(o->limbs + r->len);
    memset_(from, 0, (size_t)((uint8_t *)o + bytes - from));
}
static val_t big_finish(bigint_t *o, bigint *r) {
    int64_t i;
    if (big_to_i64(r, &i) && fits_small(i)) return MKSMALL(i);
    o->n = r->len;
    o->sign = r->neg ? -1 : 1;
    return V(o);
}

val_t int_from_i64(int64_t i) {
    if (fits_small(i)) return MKSMALL(i);
    bigint_t *o = big_alloc(2);
    bigint r = { o->limbs, 0, false };
    big_from_i64(&r, i);
    return big_finish(o, &r);
}
val_t int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_MAX) return MKSMALL((int64_t)u);
    bigint_t *o = big_alloc(2);
    bigint r = { o->limbs, 0, false };
    big_from_u64(&r, u);
    return big_finish(o, &r);
}
bool int_to_i64(val_t v, int64_t *out) {
    if (IS_SMALL(v)) { *out = SMALL(v); return true; }
    num_limb t[2];
    bigint b = int_view(v, t);
    return big_to_i64(&b, out);
}
int int_sign(val_t v) {
    if (IS_SMALL(v)) return SMALL(v) < 0 ? -1 : SMALL(v) > 0;
    if (is_type(v, &bool_type)) return ((bool_t *)v)->value != 0;
    return ((bigint_t *)v)->sign;
}

void int_raise_status(num_status st, num_error *err, const char *zmsg) {
    switch (st) {
    case NUM_OK: return;
    case NUM_E_MEMORY: raise(memory_error_instance);
    case NUM_E_ZERODIV: raise_msg(&ZeroDivisionError_type, "%s", zmsg);
    case NUM_E_OVERFLOW: raise_msg(&OverflowError_type, "%s", err ? err->msg : "overflow");
    default: raise_msg(&ValueError_type, "%s", err ? err->msg : "value error");
    }
}

double int_to_double(val_t v) {
    if (IS_SMALL(v)) return (double)SMALL(v);
    num_limb t[2];
    bigint b = int_view(v, t);
    double d; num_error e;
    num_status st = big_to_double(&b, &d, &e);
    int_raise_status(st, &e, "");
    return d;
}
val_t int_from_double(double d) {
    if (d > -4e18 && d < 4e18) return int_from_i64((int64_t)d);
    bigint_t *o = big_alloc(big_from_double_cap(d));
    bigint r = { o->limbs, 0, false };
    num_error e;
    int_raise_status(big_from_double(&r, d, &e), &e, "");
    return big_finish(o, &r);
}
intptr_t int_hash(val_t v) {
    if (IS_SMALL(v)) return (intptr_t)num_hash_i64(SMALL(v));
    num_limb t[2];
    bigint b = int_view(v, t);
    return (intptr_t)big_hash(&b);
}

/* ---- arithmetic on big operands ---- */
static val_t big_binary(int op, val_t a, val_t b) {
    num_limb ta[2], tb[2];
    bigint x = int_view(a, ta), y = int_view(b, tb);
    bigint_t *o; bigint r;
    switch (op) {
    case OP_ADD: case OP_SUB:
        o = big_alloc_raw(big_add_cap(&x, &y)); x = int_view(a, ta); y = int_view(b, tb);
        r.d = o->limbs;
        if (op == OP_ADD) big_add(&r, &x, &y); else big_sub(&r, &x, &y);
        big_clear_slack(o, &r);
        return big_finish(o, &r);
    case OP_MUL: {
        size_t sn = big_mul_scratch(&x, &y);
        num_limb *scratch = sn ? gc_alloc(sn * sizeof(num_limb)) : NULL;
        o = big_alloc_raw(big_mul_cap(&x, &y)); x = int_view(a, ta); y = int_view(b, tb);
        r.d = o->limbs;
        big_mul(&r, &x, &y, scratch);
        big_clear_slack(o, &r);
        gc_free(scratch);
        return big_finish(o, &r);
    }
    case OP_FLOORDIV: case OP_MOD: {
        if (y.len == 0) raise_msg(&ZeroDivisionError_type, op == OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        size_t sn = op == OP_MOD ? big_divmod_scratch(&x, &y) : big_floordiv_scratch(&x, &y);
        num_limb *scratch = sn ? gc_alloc(sn * sizeof(num_limb)) : NULL;
        o = big_alloc_raw(op == OP_MOD ? big_divmod_mcap(&x, &y) : big_divmod_qcap(&x, &y));
        x = int_view(a, ta); y = int_view(b, tb);
        r.d = o->limbs;
        big_divmod(op == OP_MOD ? NULL : &r, op == OP_MOD ? &r : NULL, &x, &y, scratch);
        big_clear_slack(o, &r);
        gc_free(scratch);
        return big_finish(o, &r);
    }
    case OP_TRUEDIV: {
        size_t sn = big_truediv_scratch(&x, &y);
        num_limb *scratch = sn ? gc_alloc(sn * sizeof(num_limb)) : NULL;
        x = int_view(a, ta); y = int_view(b, tb);
        double d; num_error e;
        int_raise_status(big_truediv(&x, &y, &d, scratch, &e), &e, "division by zero");
        gc_free(scratch);
        return float_new(d);
    }
    case OP_POW: {
        if (y.neg) return MISSING; /* float path handled by caller */
        int64_t e;
        if (!big_to_i64(&y, &e)) raise(memory_error_instance);
        size_t cap = big_pow_cap(&x, (uint64_t)e);
        if (cap == 0) raise(memory_error_instance);
        size_t sn = big_pow_scratch(&x, (uint64_t)e);
        num_limb *scratch = sn ? gc_alloc(sn * sizeof(num_limb)) : NULL;
        o = big_alloc(cap); x = int_view(a, ta); y = int_view(b, tb);
        r.d = o->limbs;
        big_pow(&r, &x, (uint64_t)e, scratch);
        gc_free(scratch);
        return big_finish(o, &r);
    }
    case OP_LSHIFT: case OP_RSHIFT: {
        if (y.neg) raise_msg(&ValueError_type, "negative shift count");
        int64_t n;
        if (!big_to_i64(&y, &n)) {
            if (op == OP_RSHIFT) return MKSMALL(x.neg ? -1 : 0);
            raise_msg(&OverflowError_type, "too many digits in integer");
        }
        if (op == OP_LSHIFT) {
            if (x.len == 0) return MKSMALL(0);
            o = big_alloc(big_shl_cap(&x, (uint64_t)n)); x = int_view(a, ta);
            r.d = o->limbs; big_shl(&r, &x, (uint64_t)n);
        } else {
            o = big_alloc(big_shr_cap(&x, (uint64_t)n)); x = int_view(a, ta);
            r.d = o->limbs; big_shr(&r, &x, (uint64_t)n);
        }
        return big_finish(o, &r);
    }
    case OP_AND: case OP_OR: case OP_XOR:
        o = big_alloc(big_bitop_cap(&x, &y)); x = int_view(a, ta); y = int_view(b, tb);
        r.d = o->limbs;
        if (op == OP_AND) big_and(&r, &x, &y); else if (op == OP_OR) big_or(&r, &x, &y); else big_xor(&r, &x, &y);
        return big_finish(o, &r);
    }
    return MISSING;
}

static intptr_t floordiv_i(intptr_t a, intptr_t b) {
    intptr_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static intptr_t mod_i(intptr_t a, intptr_t b) {
    intptr_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

/* a OP b for two ints (small, big or bool). Returns MISSING only for ops ints do not support. */
val_t int_binary(int op, val_t a, val_t b) {
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL(a), y = SMALL(b), r;
        switch (op) {
        case OP_ADD: if (!__builtin_add_overflow(x, y, &r) && fits_small(r)) return MKSMALL(r); break;
        case OP_SUB: if (!__builtin_sub_overflow(x, y, &r) && fits_small(r)) return MKSMALL(r); break;
        case OP_MUL: if (!__builtin_mul_overflow(x, y, &r) && fits_small(r)) return MKSMALL(r); break;
        case OP_FLOORDIV:
            if (y == 0) raise_msg(&ZeroDivisionError_type, "integer division or modulo by zero");
            r = floordiv_i(x, y); if (fits_small(r)) return MKSMALL(r); break;
        case OP_MOD:
            if (y == 0) raise_msg(&ZeroDivisionError_type, "integer modulo by zero");
            return MKSMALL(mod_i(x, y));
        case OP_TRUEDIV:
            if (y == 0) raise_msg(&ZeroDivisionError_type, "division by zero");
            if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
                return float_new((double)x / (double)y);
            break;
        case OP_POW:
            if (y < 0) {
                if (x == 0) raise_msg(&ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
                return MISSING;
            } else {
                intptr_t res = 1, base = x; intptr_t e = y; bool ovf = false;
                while (e) {
                    if (e & 1) ovf |= __builtin_mul_overflow(res, base, &res);
                    e >>= 1;
                    if (e) ovf |= __builtin_mul_overflow(base, base, &base);
                    if (ovf) break;
                }
                if (!ovf && fits_small(res)) return MKSMALL(res);
            }
            break;
        case OP_LSHIFT:
            if (y < 0) raise_msg(&ValueError_type, "negative shift count");
            if (y < 62 && x == ((x << y) >> y) && fits_small(x << y)) return MKSMALL(x << y);
            break;
        case OP_RSHIFT:
            if (y < 0) raise_msg(&ValueError_type, "negative shift count");
            return MKSMALL(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case OP_AND: return MKSMALL(x & y);
        case OP_OR: return MKSMALL(x | y);
        case OP_XOR: return MKSMALL(x ^ y);
        default: return MISSING;
        }
    }
    if (op == OP_POW && int_sign(b) < 0) return MISSING;
    return big_binary(op, a, b);
}

val_t int_compare(int op, val_t a, val_t b) {
    int c;
    if (IS_SMALL(a) && IS_SMALL(b)) { intptr_t x = SMALL(a), y = SMALL(b); c = x < y ? -1 : x > y; }
    else { num_limb ta[2], tb[2]; bigint x = int_view(a, ta), y = int_view(b, tb); c = big_cmp(&x, &y); }
    switch (op) {
    case CMP_LT: return BOOL(c < 0);
    case CMP_LE: return BOOL(c <= 0);
    case CMP_EQ: return BOOL(c == 0);
    case CMP_NE: return BOOL(c != 0);
    case CMP_GT: return BOOL(c > 0);
    default: return BOOL(c >= 0);
    }
}

/* ---- text ---- */
typedef struct { num_sink s; } vsink;
static bool sink_grow(num_sink *s, size_t need) {
    size_t nc = s->cap ? s->cap * 2 : 64;
    while (nc < need) nc *= 2;
    char *nb = gc_alloc_noraise(nc);
    if (!nb) return false;
    memcpy_(nb, s->buf, s->len);
    gc_free(s->buf);
    s->buf = nb; s->cap = nc;
    return true;
}
void num_sink_init_vm(num_sink *s) { s->buf = NULL; s->len = 0; s->cap = 0; s->grow = sink_grow; s->ctx = NULL; }
/* A sink that starts in the caller's stack buffer: short results (most of them) need no heap
 * buffer at all. grow() copies out of it; ctx remembers the stack buffer, so that finishing
 * knows whether there is a heap buffer to free and a source to pin. */
void num_sink_init_stack(num_sink *s, char *buf, size_t cap) {
    s->buf = buf; s->len = 0; s->cap = cap; s->grow = sink_grow; s->ctx = buf;
}
val_t str_new_unheaped(const char *p, size_t len);
val_t num_sink_to_str(num_sink *s) {
    if (s->buf == s->ctx) return str_new_unheaped(s->buf ? s->buf : "", s->len);
    val_t r = str_new(s->buf, s->len);
    gc_free(s->buf);
    return r;
}

val_t int_to_str_base(val_t v, int base, bool prefix) {
    char tmp[80]; size_t n = 0;
    const char *pfx = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    if (IS_SMALL(v) && base == 10) {   /* str(i), repr(i): digits backwards into tmp */
        int64_t i = SMALL(v);
        char *end = tmp + sizeof tmp, *p = int_u64_dec(end, i < 0 ? 0 - (uint64_t)i : (uint64_t)i);
        if (i < 0) *--p = '-';
        return str_new(p, (size_t)(end - p));
    }
    if (IS_SMALL(v) || is_type(v, &bool_type)) {
        int64_t i = IS_SMALL(v) ? SMALL(v) : ((bool_t *)v)->value;
        char digits[70];
        size_t dn = int_i64_to_text(i, (unsigned)base, false, digits);
        const char *d = digits;
        if (*d == '-') { tmp[n++] = '-'; d++; dn--; }
        if (prefix) for (const char *p = pfx; *p; p++) tmp[n++] = *p;
        memcpy_(tmp + n, d, dn); n += dn;
        return str_new(tmp, n);
    }
    num_sink s; num_sink_init_vm(&s);
    num_limb t[2]; bigint b = int_view(v, t);
    num_error e;
    int_raise_status(int_to_text(&b, (unsigned)base, false, INT_DEFAULT_MAX_STR_DIGITS, &s, &e), &e, "");
    val_t r = num_sink_to_str(&s);
    if (prefix && *pfx) {
        if (CSTR(r)[0] == '-') r = str_concat(str_concat(str_from_c("-"), str_from_c(pfx)), str_new(CSTR(r) + 1, STR(r)->len - 1));
        else r = str_concat(str_from_c(pfx), r);
    }
    return r;
}

val_t int_from_str(const char *s, size_t len, int base, bool *ok) {
    size_t cap = int_parse_cap(len, (unsigned)base);
    bigint_t *o = big_alloc(cap);
    bigint r = { o->limbs, 0, false };
    num_error e;
    num_status st = int_parse(s, len, (unsigned)base, INT_DEFAULT_MAX_STR_DIGITS, &r, &e);
    if (st == NUM_E_INT_LITERAL) { *ok = false; return MISSING; }
    int_raise_status(st, &e, "");
    *ok = true;
    return big_finish(o, &r);
}

val_t int_bit_length(val_t v) {
    num_limb t[2]; bigint b = int_view(v, t);
    return MKSMALL((intptr_t)big_bit_length(&b));
}
val_t int_invert(val_t v) {
    if (IS_SMALL(v)) return MKSMALL(~SMALL(v));
    return int_binary(OP_SUB, int_binary(OP_MUL, v, MKSMALL(-1)), MKSMALL(1));
}
val_t int_neg(val_t v) {
    if (IS_SMALL(v) && SMALL(v) != SMALL_MIN) return MKSMALL(-SMALL(v));
    return int_binary(OP_SUB, MKSMALL(0), v);
}
val_t int_powmod(val_t a, val_t b, val_t m) {
    num_limb ta[2], tb[2], tm[2];
    bigint x = int_view(a, ta), y = int_view(b, tb), z = int_view(m, tm);
    size_t sn = big_powmod_scratch(&x, &y, &z);
    num_limb *scratch = sn ? gc_alloc(sn * sizeof(num_limb)) : NULL;
    bigint_t *o = big_alloc(big_powmod_cap(&z));
    x = int_view(a, ta); y = int_view(b, tb); z = int_view(m, tm);
    bigint r = { o->limbs, 0, false };
    num_error e;
    int_raise_status(big_powmod(&r, &x, &y, &z, scratch, &e), &e, "");
    gc_free(scratch);
    return big_finish(o, &r);
}

/* a small int as a heap int object of type t (for int subclasses) */
val_t int_box(val_t v, const type_t *t) {
    bigint_t *o = big_alloc(2);
    bigint r = { o->limbs, 0, false };
    big_from_i64(&r, SMALL(v));
    o->n = r.len;
    o->sign = r.len == 0 ? 0 : r.neg ? -1 : 1;   /* int_sign (and so truth) of a boxed 0 is 0 */
    o->base.type = t;
    return V(o);
}
