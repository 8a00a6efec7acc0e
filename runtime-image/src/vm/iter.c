/* iter.c — range and slice, and the lazy iterator types of the builtins: range_iterator,
 * enumerate, zip, map, filter, reversed, and iter(callable, sentinel). */
#include "vm.h"
#include "gc.h"

extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
static val_t iter_self(val_t v) { return v; }

/* ---- range ----
 * Two layouts share range_type. The common one (range_t, obj.h) holds machine-word bounds and
 * iterates with range_iter_type, which the dispatch loop special-cases. When a bound or the step
 * is beyond +-2**60 (so no length or element computation can overflow a word), the range is a
 * bigrange_t: step 0 in the word fields marks it, and the bounds are int values computed with the
 * generic int operations, like CPython's arbitrary-precision ranges (len() of one longer than
 * sys.maxsize raises OverflowError; indexing, slicing, `in`, index/count and reversed work). */
val_t int_from_value(val_t v);
typedef struct { range_t r; val_t start, stop, step; } bigrange_t;
typedef struct { obj_t base; val_t cur, step, left; } bigrangeit_t;
#define WORD_SAFE ((intptr_t)1 << 60)
#define IS_BIG_RANGE(r) ((r)->step == 0)
type_t range_iter_type, longrange_iter_type;

static bool word_safe(val_t v) { return IS_SMALL(v) && SMALL(v) > -WORD_SAFE && SMALL(v) < WORD_SAFE; }
static val_t range_of_vals(val_t start, val_t stop, val_t step) {
    if (word_safe(start) && word_safe(stop) && word_safe(step)) return range_new(SMALL(start), SMALL(stop), SMALL(step));
    bigrange_t *r = new_obj(&range_type, sizeof(bigrange_t));
    r->start = start; r->stop = stop; r->step = step;
    return V(r);
}
val_t range_new(intptr_t start, intptr_t stop, intptr_t step) {
    range_t *r = new_obj(&range_type, sizeof(range_t));
    r->start = start; r->stop = stop; r->step = step;
    return V(r);
}
static void range_vals(range_t *r, val_t *start, val_t *stop, val_t *step) {
    if (IS_BIG_RANGE(r)) { bigrange_t *b = (bigrange_t *)r; *start = b->start; *stop = b->stop; *step = b->step; }
    else { *start = MKSMALL(r->start); *stop = MKSMALL(r->stop); *step = MKSMALL(r->step); }
}
static intptr_t range_count(range_t *r) {
    if (r->step > 0) return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
    return r->start > r->stop ? (r->start - r->stop - r->step - 1) / (-r->step) : 0;
}
static inline val_t I_add(val_t a, val_t b) { return int_binary(OP_ADD, a, b); }
static inline val_t I_sub(val_t a, val_t b) { return int_binary(OP_SUB, a, b); }
static inline val_t I_mul(val_t a, val_t b) { return int_binary(OP_MUL, a, b); }
static inline bool I_lt(val_t a, val_t b) { return int_compare(CMP_LT, a, b) == TRUE_V; }
/* the number of elements, as an int value (CPython's compute_range_length) */
static val_t range_count_v(range_t *r) {
    if (!IS_BIG_RANGE(r)) return MKSMALL(range_count(r));
    val_t lo, hi, step;
    range_vals(r, &lo, &hi, &step);
    if (int_sign(step) < 0) { val_t t = lo; lo = hi; hi = t; step = obj_unary(UN_NEG, step); }
    if (!I_lt(lo, hi)) return MKSMALL(0);
    return I_add(int_binary(OP_FLOORDIV, I_sub(I_sub(hi, lo), MKSMALL(1)), step), MKSMALL(1));
}
/* an int argument of range(): int, bool or an object with __index__, as an int value */
static val_t range_arg(val_t v) {
    if (IS_SMALL(v) || is_type(v, &int_type)) return v;
    if (is_type(v, &bool_type)) return MKSMALL(((bool_t *)v)->value);
    if (IS_INT(v)) return int_from_value(v);
    if (type_of(v)->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___index__, &self);
        if (m) {
            val_t r = self ? call1(m, self) : call0(m);
            if (!IS_INT(r) && !isinstance_of(r, &int_type)) raise_type_error("__index__ returned non-int (type %s)", type_name(r));
            return range_arg(r);
        }
    }
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
}
static val_t range_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    if (nkw) raise_type_error("range() takes no keyword arguments");
    if (npos < 1 || npos > 3) raise_type_error(npos < 1 ? "range expected at least 1 argument, got %d" : "range expected at most 3 arguments, got %d", npos);
    val_t a = MKSMALL(0), b, c = MKSMALL(1);
    if (npos == 1) b = range_arg(args[0]);
    else { a = range_arg(args[0]); b = range_arg(args[1]); if (npos == 3) c = range_arg(args[2]); }
    if (int_sign(c) == 0) raise_msg(&ValueError_type, "range() arg 3 must not be zero");
    return range_of_vals(a, b, c);
}
static val_t range_repr(val_t v) {
    val_t a, b, c;
    range_vals((range_t *)v, &a, &b, &c);
    if (c == MKSMALL(1)) return str_printf("range(%R, %R)", a, b);
    return str_printf("range(%R, %R, %R)", a, b, c);
}
static intptr_t range_len(val_t v) {
    range_t *r = (range_t *)v;
    if (!IS_BIG_RANGE(r)) return range_count(r);
    int64_t n;
    if (!int_to_i64(range_count_v(r), &n)) raise_msg(&OverflowError_type, "Python int too large to convert to C ssize_t");
    return (intptr_t)n;
}
static int range_truth(val_t v) { return int_sign(range_count_v((range_t *)v)) != 0; }
static val_t longrange_iter_new(val_t first, val_t step, val_t count) {
    bigrangeit_t *it = new_obj(&longrange_iter_type, sizeof(bigrangeit_t));
    it->cur = first; it->step = step; it->left = count;
    return V(it);
}
static val_t range_iter(val_t v) {
    range_t *r = (range_t *)v;
    if (IS_BIG_RANGE(r)) { bigrange_t *b = (bigrange_t *)r; return longrange_iter_new(b->start, b->step, range_count_v(r)); }
    rangeit_t *it = new_obj(&range_iter_type, sizeof(rangeit_t));
    it->cur = r->start; it->stop = r->stop; it->step = r->step;
    return V(it);
}
val_t range_iter_next(val_t v) {
    rangeit_t *it = (rangeit_t *)v;
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return MISSING;
    intptr_t c = it->cur;
    it->cur += it->step;
    return MKSMALL(c);
}
static val_t longrange_iter_next(val_t v) {
    bigrangeit_t *it = (bigrangeit_t *)v;
    if (int_sign(it->left) <= 0) return MISSING;
    val_t c = it->cur;
    it->cur = I_add(c, it->step);
    it->left = I_sub(it->left, MKSMALL(1));
    return c;
}
/* reversed(range): the last element down to the first (reversed_make in this file) */
static val_t range_reversed(range_t *r) {
    val_t a, b, c, n = range_count_v(r);
    range_vals(r, &a, &b, &c);
    val_t last = I_add(a, I_mul(I_sub(n, MKSMALL(1)), c));
    if (!IS_BIG_RANGE(r) && int_sign(n) > 0) return obj_iter(range_of_vals(last, I_sub(a, c), obj_unary(UN_NEG, c)));
    return longrange_iter_new(last, obj_unary(UN_NEG, c), n);
}
/* a slice's start, stop or step as an int value (its own int, or __index__'s) */
static val_t slice_int(val_t v) {
    if (!IS_INT(v) && !((type_of(v)->flags & TF_USER) && type_lookup(type_of(v), N___index__)))
        raise_type_error(SLICE_INDEX_ERROR);
    return range_arg(v);
}
/* CPython's slice index clamping over a length held as an int value (_PySlice_GetLongIndices) */
static val_t slice_bound(val_t v, val_t len, bool neg_step, val_t lower, val_t upper, bool is_start) {
    if (v == NONE) return neg_step == is_start ? upper : lower;
    v = slice_int(v);
    if (int_sign(v) < 0) { v = I_add(v, len); return I_lt(v, lower) ? lower : v; }
    return I_lt(upper, v) ? upper : v;
}
/* start, stop and step of slice s over len items, exactly (any size): slice.indices, range[s] */
static void slice_long_indices(slice_t *s, val_t len, val_t *lo, val_t *hi, val_t *step) {
    *step = s->step == NONE ? MKSMALL(1) : slice_int(s->step);
    if (int_sign(*step) == 0) raise_msg(&ValueError_type, "slice step cannot be zero");
    bool neg = int_sign(*step) < 0;
    val_t lower = neg ? MKSMALL(-1) : MKSMALL(0), upper = neg ? I_sub(len, MKSMALL(1)) : len;
    *lo = slice_bound(s->start, len, neg, lower, upper, true);
    *hi = slice_bound(s->stop, len, neg, lower, upper, false);
}
static val_t range_slice(range_t *r, val_t sl) {
    val_t lo, hi, step;
    slice_long_indices((slice_t *)sl, range_count_v(r), &lo, &hi, &step);
    val_t a, b, c;
    range_vals(r, &a, &b, &c);
    return range_of_vals(I_add(a, I_mul(lo, c)), I_add(a, I_mul(hi, c)), I_mul(c, step));
}
static val_t range_subscr(val_t v, val_t idx, val_t value) {
    if (value != SUBSCR_LOAD) return MISSING;
    range_t *r = (range_t *)v;
    if (is_type(idx, &slice_type)) return range_slice(r, idx);
    if (IS_SMALL(idx) && !IS_BIG_RANGE(r)) {
        intptr_t n = range_count(r), i = SMALL(idx);
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise_msg(&IndexError_type, "range object index out of range");
        return MKSMALL(r->start + i * r->step);
    }
    if (!IS_INT(idx) && !((type_of(idx)->flags & TF_USER) && type_lookup(type_of(idx), N___index__)))
        raise_type_error("range indices must be integers or slices, not %s", type_name(idx));
    val_t i = range_arg(idx), n = range_count_v(r), a, b, c;
    if (int_sign(i) < 0) i = I_add(i, n);
    if (int_sign(i) < 0 || !I_lt(i, n)) raise_msg(&IndexError_type, "range object index out of range");
    range_vals(r, &a, &b, &c);
    return I_add(a, I_mul(i, c));
}
static int range_contains(val_t v, val_t x) {
    range_t *r = (range_t *)v;
    if (IS_SMALL(x) && !IS_BIG_RANGE(r)) {
        intptr_t i = SMALL(x);
        if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
        return (i - r->start) % r->step == 0;
    }
    if (!is_type(x, &int_type) && !is_type(x, &bool_type) && !IS_SMALL(x)) return -1; /* compared by == while iterating */
    val_t a, b, c;
    range_vals(r, &a, &b, &c);
    x = range_arg(x);
    if (int_sign(c) > 0 ? (I_lt(x, a) || !I_lt(x, b)) : (I_lt(a, x) || !I_lt(b, x))) return 0;
    return int_sign(int_binary(OP_MOD, I_sub(x, a), c)) == 0;
}
static val_t range_compare(int op, val_t a, val_t b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &range_type)) return MISSING;
    range_t *x = (range_t *)a, *y = (range_t *)b;
    val_t nx = range_count_v(x), ny = range_count_v(y), xa, xb, xc, ya, yb, yc;
    range_vals(x, &xa, &xb, &xc);
    range_vals(y, &ya, &yb, &yc);
    bool eq = obj_eq(nx, ny) && (int_sign(nx) == 0 || (obj_eq(xa, ya) && (obj_eq(nx, MKSMALL(1)) || obj_eq(xc, yc))));
    return BOOL(op == CMP_EQ ? eq : !eq);
}
static val_t range_getattr(val_t v, val_t name) {
    val_t a, b, c;
    range_vals((range_t *)v, &a, &b, &c);
    if (name == N_start) return a;
    if (name == N_stop) return b;
    if (name == N_step) return c;
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
static val_t range_index_m(val_t self, val_t x) {
    int in = range_contains(self, x);
    if (in == -1) {   /* not an int: the first element equal to x, as CPython's sequence search */
        val_t it = range_iter(self), e; intptr_t i = 0;
        while ((e = obj_next(it))) { if (obj_eq(e, x)) return MKSMALL(i); i++; }
    }
    if (in != 1) raise_msg(&ValueError_type, "%R is not in range", x);
    val_t a, b, c;
    range_vals((range_t *)self, &a, &b, &c);
    return int_binary(OP_FLOORDIV, I_sub(range_arg(x), a), c);
}
static val_t range_count_m(val_t self, val_t x) {
    int in = range_contains(self, x);
    if (in != -1) return MKSMALL(in == 1);
    val_t it = range_iter(self), e; intptr_t n = 0;
    while ((e = obj_next(it))) if (obj_eq(e, x)) n++;
    return MKSMALL(n);
}
static const method_def_t range_methods[] = {
    NATIVE("index", range_index_m, MK_FIXED, 2, 2),
    NATIVE("count", range_count_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
type_t range_type = { { &type_type }, "range", 0, sizeof(range_t), .repr = range_repr, .len = range_len,
    .iter = range_iter, .subscr = range_subscr, .contains = range_contains, .compare = range_compare,
    .truth = range_truth, .make = range_make, .getattr = range_getattr, .methods = range_methods,
    .base_type = &object_type };
type_t range_iter_type = { { &type_type }, "range_iterator", 0, sizeof(rangeit_t), .iter = iter_self, .iternext = range_iter_next };
type_t longrange_iter_type = { { &type_type }, "longrange_iterator", 0, sizeof(bigrangeit_t), .iter = iter_self,
    .iternext = longrange_iter_next };

/* ---- slice ---- */
val_t slice_new(val_t a, val_t b, val_t c) {
    slice_t *s = new_obj(&slice_type, sizeof(slice_t));
    s->start = a; s->stop = b; s->step = c;
    return V(s);
}
static val_t slice_repr(val_t v) {
    slice_t *s = (slice_t *)v;
    return str_printf("slice(%R, %R, %R)", s->start, s->stop, s->step);
}
static val_t slice_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; args_check("slice", npos, nkw, 1, 3);
    if (npos == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], npos == 3 ? args[2] : NONE);
}
static val_t slice_getattr(val_t v, val_t name) {
    slice_t *s = (slice_t *)v;
    if (name == N_start) return s->start;
    if (name == N_stop) return s->stop;
    if (name == N_step) return s->step;
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
static val_t slice_compare(int op, val_t a, val_t b) {
    if (!is_type(b, &slice_type)) return MISSING;
    slice_t *x = (slice_t *)a, *y = (slice_t *)b;
    val_t ta[3] = { x->start, x->stop, x->step }, tb[3] = { y->start, y->stop, y->step };
    return obj_compare(op, tuple_new(3, ta), tuple_new(3, tb));
}
static val_t slice_indices_m(val_t self, val_t len) {
    len = range_arg(len);
    if (int_sign(len) < 0) raise_msg(&ValueError_type, "length should not be negative");
    val_t t[3];
    slice_long_indices((slice_t *)self, len, &t[0], &t[1], &t[2]);
    return tuple_new(3, t);
}
static const method_def_t slice_methods[] = {
    NATIVE("indices", slice_indices_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
type_t slice_type = { { &type_type }, "slice", 0, sizeof(slice_t), .repr = slice_repr,
    .make = slice_make, .getattr = slice_getattr, .methods = slice_methods, .compare = slice_compare, .base_type = &object_type };

/* ---- enumerate, zip, map, filter, reversed, callable iterator ---- */
typedef struct { obj_t base; val_t it; val_t count; } enumerate_t;
static val_t enumerate_next(val_t v) {
    enumerate_t *e = (enumerate_t *)v;
    val_t x = obj_next(e->it);
    if (!x) return MISSING;
    val_t r = tuple_alloc(2);
    TUPLE(r)->items[0] = e->count;
    TUPLE(r)->items[1] = x;
    e->count = IS_SMALL(e->count) && SMALL(e->count) < SMALL_MAX ? e->count + 2 : int_binary(OP_ADD, e->count, MKSMALL(1));
    return r;
}
type_t enumerate_type;
static val_t enumerate_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    val_t it = npos > 0 ? args[0] : kwarg(npos, nkw, args, "iterable", MISSING);
    val_t start = npos > 1 ? args[1] : kwarg(npos, nkw, args, "start", MKSMALL(0));
    if (!it) raise_type_error("enumerate() missing required argument 'iterable' (pos 1)");
    enumerate_t *e = new_obj(&enumerate_type, sizeof(enumerate_t));
    e->it = obj_iter(it);
    e->count = start;
    return V(e);
}
type_t enumerate_type = { { &type_type }, "enumerate", 0, sizeof(enumerate_t), .iter = iter_self, .iternext = enumerate_next,
    .make = enumerate_make, .base_type = &object_type };

typedef struct { obj_t base; val_t iters; bool strict; } zip_t;
static val_t zip_next(val_t v) {
    zip_t *z = (zip_t *)v;
    tuple_t *its = TUPLE(z->iters);
    if (its->len == 0) return MISSING;
    val_t r = tuple_alloc(its->len);
    for (size_t i = 0; i < its->len; i++) {
        val_t x = obj_next(TUPLE(z->iters)->items[i]);
        if (!x) {
            if (z->strict) {
                if (i > 0) raise_msg(&ValueError_type, "zip() argument %d is shorter than argument%s%d", (int)i + 1, i == 1 ? " " : "s 1-", (int)i);
                for (size_t j = 1; j < its->len; j++)
                    if (obj_next(TUPLE(z->iters)->items[j])) raise_msg(&ValueError_type, "zip() argument %d is longer than argument%s%d", (int)j + 1, j == 1 ? " " : "s 1-", (int)j);
            }
            return MISSING;
        }
        TUPLE(r)->items[i] = x;
    }
    return r;
}
type_t zip_type;
static val_t zip_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    zip_t *z = new_obj(&zip_type, sizeof(zip_t));
    z->strict = obj_truth(kwarg(npos, nkw, args, "strict", FALSE_V));
    val_t its = tuple_alloc((size_t)npos);
    z->iters = its;
    for (int i = 0; i < npos; i++) TUPLE(its)->items[i] = obj_iter(args[i]);
    return V(z);
}
type_t zip_type = { { &type_type }, "zip", 0, sizeof(zip_t), .iter = iter_self, .iternext = zip_next,
    .make = zip_make, .base_type = &object_type };

typedef struct { obj_t base; val_t fn; val_t iters; } map_t;
static val_t map_next(val_t v) {
    map_t *m = (map_t *)v;
    size_t n = TUPLE(m->iters)->len;
    val_t args[8];
    if (n > 8) raise_type_error("map() with more than 8 iterables is not supported");
    for (size_t i = 0; i < n; i++) { args[i] = obj_next(TUPLE(m->iters)->items[i]); if (!args[i]) return MISSING; }
    return call(m->fn, (int)n, 0, args);
}
type_t map_type;
static val_t map_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; (void)nkw;
    if (npos < 2) raise_type_error("map() must have at least two arguments.");
    map_t *m = new_obj(&map_type, sizeof(map_t));
    m->fn = args[0];
    val_t its = tuple_alloc((size_t)npos - 1);
    m->iters = its;
    for (int i = 1; i < npos; i++) TUPLE(its)->items[i - 1] = obj_iter(args[i]);
    return V(m);
}
type_t map_type = { { &type_type }, "map", 0, sizeof(map_t), .iter = iter_self, .iternext = map_next,
    .make = map_make, .base_type = &object_type };

typedef struct { obj_t base; val_t fn; val_t it; } filter_t;
static val_t filter_next(val_t v) {
    filter_t *f = (filter_t *)v;
    for (;;) {
        val_t x = obj_next(f->it);
        if (!x) return MISSING;
        if (f->fn == NONE ? obj_truth(x) : obj_truth(call1(f->fn, x))) return x;
    }
}
type_t filter_type;
static val_t filter_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; args_check("filter", npos, nkw, 2, 2);
    filter_t *f = new_obj(&filter_type, sizeof(filter_t));
    f->fn = args[0];
    f->it = obj_iter(args[1]);
    return V(f);
}
type_t filter_type = { { &type_type }, "filter", 0, sizeof(filter_t), .iter = iter_self, .iternext = filter_next,
    .make = filter_make, .base_type = &object_type };

typedef struct { obj_t base; val_t seq; intptr_t i; } reversed_t;
static val_t reversed_next(val_t v) {
    reversed_t *r = (reversed_t *)v;
    if (r->i < 0) return MISSING;
    if (IS_LIST(r->seq)) {
        if (r->i >= (intptr_t)LIST(r->seq)->len) { r->i = -1; return MISSING; }
        return LIST(r->seq)->items[r->i--];   /* an exact list: no subscript call */
    }
    return obj_getitem(r->seq, MKSMALL(r->i--));
}
type_t reversed_type;
static val_t reversed_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; args_check("reversed", npos, nkw, 1, 1);
    val_t s = args[0];
    if (type_of(s)->flags & TF_USER) {
        val_t self, m = lookup_method(s, N___reversed__, &self);
        if (m) return self ? call1(m, self) : call0(m);
    }
    if (is_type(s, &range_type)) return range_reversed((range_t *)s);
    /* dicts and their views are reversible (insertion order backwards): walk a snapshot */
    extern bool is_dict_view(val_t v);
    if (isinstance_of(s, &dict_type) || is_dict_view(s)) { val_t l = list_from_iter(s); s = l; }
    if (!type_of(s)->subscr || !type_of(s)->len || isinstance_of(s, &set_type))
        raise_type_error("'%s' object is not reversible", type_name(s));
    reversed_t *r = new_obj(&reversed_type, sizeof(reversed_t));
    r->seq = s;
    r->i = obj_len(s) - 1;
    return V(r);
}
type_t reversed_type = { { &type_type }, "reversed", 0, sizeof(reversed_t), .iter = iter_self, .iternext = reversed_next,
    .make = reversed_make, .base_type = &object_type };

typedef struct { obj_t base; val_t fn, sentinel; } calliter_t;
static val_t calliter_next(val_t v) {
    calliter_t *c = (calliter_t *)v;
    if (!c->fn) return MISSING;
    val_t x = call0(c->fn);
    if (obj_eq(x, c->sentinel)) { c->fn = MISSING; return MISSING; }
    return x;
}
type_t calliter_type = { { &type_type }, "callable_iterator", 0, sizeof(calliter_t), .iter = iter_self, .iternext = calliter_next };
val_t calliter_new(val_t fn, val_t sentinel) {
    calliter_t *c = new_obj(&calliter_type, sizeof(calliter_t));
    c->fn = fn; c->sentinel = sentinel;
    return V(c);
}
