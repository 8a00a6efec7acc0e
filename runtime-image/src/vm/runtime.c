/* runtime.c — the generic object protocol: repr/str/hash/compare/arithmetic/attributes/items/
 * iteration/calls dispatched through type records, with Python's fallbacks (reflected operators,
 * NotImplemented, default identity equality). Types implement slots; only this file combines them. */
#include "obj.h"
#include "nlr.h"
#include "gc.h"
#include "float_fast.h"

const char *type_name(val_t v) { return type_of(v)->name; }
val_t type_name_v(const type_t *t) { return str_from_c(t->name); }

bool is_subtype(const type_t *t, const type_t *base) {
    if (t == base || base == &object_type) return true;
    if (t->mro) {
        tuple_t *m = TUPLE(t->mro);
        for (size_t i = 0; i < m->len; i++) if (m->items[i] == V(base)) return true;
        return false;
    }
    for (const type_t *p = t->base_type; p; p = p->base_type) if (p == base) return true;
    return false;
}
bool isinstance_of(val_t v, const type_t *t) { return is_subtype(type_of(v), t); }

/* Builtin types get their method dicts on first lookup: most programs touch few of them, and a
 * 64 KiB heap cannot afford every table up front. */
void type_install_methods(type_t *t);
val_t type_dict(const type_t *t) {
    if (!t->dict && t->methods) type_install_methods((type_t *)t);
    return t->dict;
}
val_t type_lookup(const type_t *t, val_t name) {
    if (t->mro) {
        tuple_t *m = TUPLE(t->mro);
        for (size_t i = 0; i < m->len; i++) {
            val_t d = type_dict(TYPE(m->items[i]));
            if (d) { val_t r = dict_get_str(d, name); if (r) return r; }
        }
        return MISSING;
    }
    for (; t; t = t->base_type) {
        val_t d = type_dict(t);
        if (d) { val_t r = dict_get_str(d, name); if (r) return r; }
    }
    return MISSING;
}

/* ---- repr / str / hash ---- */
val_t obj_repr(val_t v) {
    const type_t *t = type_of(v);
    if (t->repr) return t->repr(v);
    return str_printf("<%s object>", t->name);
}
val_t obj_str(val_t v) {
    const type_t *t = type_of(v);
    if (t == &str_type) return v;
    if (t->str) return t->str(v);
    return obj_repr(v);
}
intptr_t obj_hash(val_t v) {
    if (IS_SMALL(v)) {
        /* CPython's int hash is the value modulo 2**61 - 1, with -1 (the C-level error value)
         * turned into -2: a small int inside the modulus is its own hash, without a call */
        const intptr_t mod = ((intptr_t)1 << 61) - 1;
        intptr_t x = SMALL(v);
        if (x > -mod && x < mod) return x == -1 ? -2 : x;
        return int_hash(v);
    }
    const type_t *t = type_of(v);
    if (t->hash) return t->hash(v);
    raise_type_error("unhashable type: '%s'", t->name);
}

/* ---- comparison ---- */
static const int swapped_cmp[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };

static inline bool small_is_exact_double(val_t v) {
    return SMALL(v) >= -(1LL << 53) && SMALL(v) <= (1LL << 53);
}

val_t obj_compare(int op, val_t a, val_t b) {
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL(a), y = SMALL(b);
        switch (op) {
        case CMP_LT: return BOOL(x < y); case CMP_LE: return BOOL(x <= y);
        case CMP_EQ: return BOOL(x == y); case CMP_NE: return BOOL(x != y);
        case CMP_GT: return BOOL(x > y); default: return BOOL(x >= y);
        }
    }
    /* A float (exact type) against a float or a small int that converts exactly (|i| <= 2**53):
     * C's comparisons are Python's, NaN included (only != is true). Wider ints compare exactly
     * in float_compare. */
    double x, y;
    if (IS_SMALL(a)) {
        if (IS_SMALL(b) || OBJ(b)->type != &float_type || !small_is_exact_double(a)) goto general;
        x = (double)SMALL(a);
        y = ((float_t *)b)->value;
    } else if (OBJ(a)->type == &float_type) {
        x = ((float_t *)a)->value;
        if (IS_SMALL(b)) { if (!small_is_exact_double(b)) goto general; y = (double)SMALL(b); }
        else if (OBJ(b)->type == &float_type) y = ((float_t *)b)->value;
        else goto general;
    } else {
        goto general;
    }
    switch (op) {
    case CMP_LT: return BOOL(x < y); case CMP_LE: return BOOL(x <= y);
    case CMP_EQ: return BOOL(x == y); case CMP_NE: return BOOL(x != y);
    case CMP_GT: return BOOL(x > y); default: return BOOL(x >= y);
    }
general:;
    const type_t *ta = type_of(a), *tb = type_of(b);
    val_t r;
    bool reflected_first = ta != tb && is_subtype(tb, ta) && (tb->flags & TF_USER);
    if (reflected_first && tb->compare && (r = tb->compare(swapped_cmp[op], b, a))) return r;
    if (ta->compare && (r = ta->compare(op, a, b))) return r;
    if (!reflected_first && tb->compare && (r = tb->compare(swapped_cmp[op], b, a))) return r;
    if (op == CMP_EQ) return BOOL(a == b);
    if (op == CMP_NE) return BOOL(a != b);
    raise_type_error("'%s' not supported between instances of '%s' and '%s'", cmp_sym[op], ta->name, tb->name);
}
bool obj_eq(val_t a, val_t b) {
    if (a == b) return true;
    if (IS_SMALL(a) && IS_SMALL(b)) return false;
    if (IS_STR(a) && IS_STR(b)) return str_eq(a, b);
    return obj_truth(obj_compare(CMP_EQ, a, b));
}
bool obj_lt(val_t a, val_t b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return SMALL(a) < SMALL(b);
    return obj_truth(obj_compare(CMP_LT, a, b));
}

bool obj_truth(val_t v) {
    if (v == TRUE_V) return true;
    if (v == FALSE_V || v == NONE) return false;
    if (IS_SMALL(v)) return SMALL(v) != 0;
    const type_t *t = type_of(v);
    if (t->truth) { int r = t->truth(v); if (r >= 0) return r; }
    if (t->len) { intptr_t n = t->len(v); if (n >= 0) return n != 0; }
    return true;
}

/* ---- arithmetic ---- */
static const char *op_sym[] = { "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@" };
static const char *iop_sym[] = { "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=" };

/* Everything but the float fast path of obj_binary: kept out of line so that the fast path's
 * frame is small (no callee-saved registers to push for the rare cases). */
static __attribute__((noinline)) val_t obj_binary_general(int op, val_t a, val_t b);

val_t str_mod_format(val_t fmt, val_t args);   /* format.c */

val_t obj_binary(int op, val_t a, val_t b) {
    /* Two small ints: int_binary (NULL when the result is not small). Floats (exact type) with
     * floats or small ints: float_arith (float_fast.h, shared with vm_loop's handlers), straight
     * to the result, skipping the type's binary slot, is_num and float_of. */
    if (IS_SMALL(a) && IS_SMALL(b)) {
        val_t r = int_binary(op & 15, a, b);
        if (r) return r;
        return obj_binary_general(op, a, b);
    }
    double r;
    if (float_arith(op, a, b, &r)) return box_float(r);
    return obj_binary_general(op, a, b);
}

static val_t obj_binary_general(int op, val_t a, val_t b) {
    /* str % args (the '%' formatting of dicts.py's keys): the str slot directly, unless a user
     * subclass on the right could claim the operator first with __rmod__ */
    if (!IS_SMALL(a) && OBJ(a)->type == &str_type && (op & 15) == OP_MOD &&
        (IS_SMALL(b) || !(OBJ(b)->type->flags & TF_USER)))
        return str_mod_format(a, b);
    const type_t *ta = type_of(a), *tb = type_of(b);
    val_t r;
    if (op & OP_INPLACE) {
        if (ta->binary && (ta->flags & TF_USER) && (r = ta->binary(op, a, b))) return r;
        /* a user subclass without __iadd__ & co. gets its builtin base's in-place operation */
        const type_t *ia = ta;
        if (ia->flags & TF_USER) { while (ia->base_type && (ia->flags & TF_USER)) ia = ia->base_type; }
        if (ia == &list_type && (op & 15) == OP_ADD) {
            extern val_t list_extend_v(val_t l, val_t it);
            list_extend_v(a, b);
            return a;
        }
        if (ia == &list_type && (op & 15) == OP_MUL) {
            extern val_t list_imul(val_t l, val_t n);
            return list_imul(a, b);
        }
        if (ia == &set_type && ((op & 15) == OP_OR || (op & 15) == OP_AND || (op & 15) == OP_SUB || (op & 15) == OP_XOR)) {
            extern val_t set_inplace(int op, val_t a, val_t b);
            r = set_inplace(op & 15, a, b);
            if (r) return r;
        }
        if (ia == &dict_type && (op & 15) == OP_OR && IS_DICT(b)) {
            size_t pos = 0; val_t v, k;
            while ((k = dict_iternext_entry(b, &pos, &v))) dict_set(a, k, v);
            return a;
        }
    }
    int bop = op & 15;
    bool reflected_first = ta != tb && (tb->flags & TF_USER) && is_subtype(tb, ta);
    if (reflected_first && tb->binary && (r = tb->binary(bop | 32, b, a))) return r;
    if (ta->binary && (r = ta->binary(bop, a, b))) return r;
    if (ta != tb && !reflected_first && tb->binary && (r = tb->binary(bop | 32, b, a))) return r;
    if (bop == OP_MUL) {
        bool sa = ta == &str_type || ta == &list_type || ta == &tuple_type || ta == &bytes_type || ta == &bytearray_type;
        bool sb = tb == &str_type || tb == &list_type || tb == &tuple_type || tb == &bytes_type || tb == &bytearray_type;
        /* an object with __index__ counts as the repeat count (CPython's nb_index) */
        if (sa && (tb->flags & TF_USER) && type_lookup(tb, N___index__)) return obj_binary(op, a, MKSMALL(int_index(b, "index")));
        if (sb && (ta->flags & TF_USER) && type_lookup(ta, N___index__)) return obj_binary(op, MKSMALL(int_index(a, "index")), b);
        if (sa) raise_type_error("can't multiply sequence by non-int of type '%s'", tb->name);
        if (sb) raise_type_error("can't multiply sequence by non-int of type '%s'", ta->name);
    }
    /* after the sequence check: `x *= [1]` with a float x is CPython's sequence message too */
    if (op & OP_INPLACE)
        raise_type_error("unsupported operand type(s) for %s: '%s' and '%s'", iop_sym[bop], ta->name, tb->name);
    if (bop == OP_POW)
        raise_type_error("unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta->name, tb->name);
    raise_type_error("unsupported operand type(s) for %s: '%s' and '%s'", op_sym[bop], ta->name, tb->name);
}

val_t obj_unary(int op, val_t a) {
    const type_t *t = type_of(a);
    if (op == UN_NOT) return BOOL(!obj_truth(a));
    unary_fn f = op == UN_NEG ? t->unary_neg : op == UN_POS ? t->unary_pos : t->unary_invert;
    if (f) { val_t r = f(a); if (r) return r; }
    raise_type_error("bad operand type for unary %s: '%s'", op == UN_NEG ? "-" : op == UN_POS ? "+" : "~", t->name);
}

/* ---- attributes ---- */
val_t obj_getattr_opt(val_t obj, val_t name) {
    const type_t *t = type_of(obj);
    if (t->getattr) return t->getattr(obj, name);
    extern val_t generic_getattr(val_t obj, val_t name);
    return generic_getattr(obj, name);
}
val_t obj_getattr(val_t obj, val_t name) {
    val_t r = obj_getattr_opt(obj, name);
    if (r) return r;
    if (is_type(obj, &module_type))
        raise_msg(&AttributeError_type, "module '%S' has no attribute '%S'", ((module_t *)obj)->name, name);
    if (is_type(obj, &type_type))
        raise_msg(&AttributeError_type, "type object '%s' has no attribute '%S'", TYPE(obj)->name, name);
    raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", type_name(obj), name);
}
void obj_setattr(val_t obj, val_t name, val_t value) {
    const type_t *t = type_of(obj);
    if (t->setattr && t->setattr(obj, name, value)) return;
    if (!t->setattr || (t->flags & TF_USER) == 0) {
        if (is_type(obj, &type_type)) { }
        else raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", t->name, name);
    }
    raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", t->name, name);
}
void obj_delattr(val_t obj, val_t name) {
    const type_t *t = type_of(obj);
    if (t->setattr && t->setattr(obj, name, MISSING)) return;
    raise_msg(&AttributeError_type, "%S", name);
}

/* ---- items ---- */
val_t obj_getitem(val_t obj, val_t index) {
    const type_t *t = type_of(obj);
    if (t->subscr) { val_t r = t->subscr(obj, index, SUBSCR_LOAD); if (r) return r; }
    if (is_type(obj, &type_type)) return obj; /* list[int] style generic alias: harmless identity */
    raise_type_error("'%s' object is not subscriptable", t->name);
}
void obj_setitem(val_t obj, val_t index, val_t value) {
    const type_t *t = type_of(obj);
    if (t->subscr && t->subscr(obj, index, value)) return;
    raise_type_error("'%s' object does not support item assignment", t->name);
}
void obj_delitem(val_t obj, val_t index) {
    const type_t *t = type_of(obj);
    if (t->subscr && t->subscr(obj, index, SUBSCR_DEL)) return;
    raise_type_error("'%s' object doesn't support item deletion", t->name);
}
intptr_t obj_len(val_t v) {
    const type_t *t = type_of(v);
    if (t->len) { intptr_t n = t->len(v); if (n >= 0) return n; }
    raise_type_error("object of type '%s' has no len()", t->name);
}

/* ---- iteration ---- */
val_t seq_iter_new(val_t seq);
val_t obj_iter(val_t v) {
    const type_t *t = type_of(v);
    if (t->iter) { val_t r = t->iter(v); if (r) return r; }
    if (t->subscr && !(t->flags & TF_USER)) return seq_iter_new(v);
    if ((t->flags & TF_USER) && type_lookup(t, N___getitem__)) return seq_iter_new(v);
    raise_type_error("'%s' object is not iterable", t->name);
}
val_t obj_next(val_t it) {
    const type_t *t = type_of(it);
    if (t->iternext) return t->iternext(it);
    raise_type_error("'%s' object is not an iterator", t->name);
}
bool obj_contains(val_t c, val_t item) {
    const type_t *t = type_of(c);
    if (t->contains) { int r = t->contains(c, item); if (r >= 0) return r; }
    val_t it = obj_iter(c), x;
    while ((x = obj_next(it))) if (obj_eq(x, item)) return true;
    return false;
}

/* ---- calls ---- */
val_t call(val_t fn, int npos, int nkw, const val_t *args) {
    const type_t *t = type_of(fn);
    if (t->call) return t->call(fn, npos, nkw, args);
    raise_type_error("'%s' object is not callable", t->name);
}
val_t call0(val_t fn) { return call(fn, 0, 0, NULL); }
val_t call1(val_t fn, val_t a) { return call(fn, 1, 0, &a); }
val_t call2(val_t fn, val_t a, val_t b) { val_t args[2] = { a, b }; return call(fn, 2, 0, args); }

/* Looks a method up on the type (as the interpreter does for dunders); binds instance methods. */
val_t lookup_method(val_t obj, val_t name, val_t *self_out) {
    val_t m = type_lookup(type_of(obj), name);
    if (!m) return MISSING;
    if (is_type(m, &function_type) || is_type(m, &native_type)) { *self_out = obj; return m; }
    if (is_type(m, &staticmethod_type)) { *self_out = MISSING; return ((wrapper_t *)m)->fn; }
    if (is_type(m, &classmethod_type)) { *self_out = V(type_of(obj)); return ((wrapper_t *)m)->fn; }
    *self_out = MISSING;
    return m;
}
val_t call_method(val_t obj, val_t name, int npos, const val_t *args) {
    val_t f = obj_getattr(obj, name);
    return call(f, npos, 0, args);
}

intptr_t int_index(val_t v, const char *what) {
    if (IS_SMALL(v)) return SMALL(v);
    if (is_type(v, &bool_type)) return ((bool_t *)v)->value;
    if (is_type(v, &int_type)) {
        int64_t i;
        if (int_to_i64(v, &i)) return i;
        raise_msg(&IndexError_type, "cannot fit 'int' into an index-sized integer");
    }
    if (type_of(v)->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___index__, &self);
        if (m) { val_t r = self ? call1(m, self) : call0(m); return int_index(r, what); }
    }
    raise_type_error("%s must be integers or slices, not %s", what, type_name(v));
}

/* ---- native-function argument helpers ---- */
void args_check(const char *fname, int npos, int nkw, int min, int max) {
    if (nkw) raise_type_error("%s() takes no keyword arguments", fname);
    if (npos < min || (max >= 0 && npos > max)) {
        if (min == max) raise_type_error("%s() takes exactly %d argument%s (%d given)", fname, min, min == 1 ? "" : "s", npos);
        if (npos < min) raise_type_error("%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", npos);
        raise_type_error("%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", npos);
    }
}
val_t kwarg(int npos, int nkw, const val_t *args, const char *name, val_t dflt) {
    if (!nkw) return dflt;
    tuple_t *names = TUPLE(args[npos + nkw]);
    for (int i = 0; i < nkw; i++) {
        val_t k = names->items[i];
        if (STR(k)->len == cstrlen(name) && memcmp_(CSTR(k), name, STR(k)->len) == 0) return args[npos + i];
    }
    return dflt;
}
