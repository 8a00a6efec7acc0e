/* iter.c — range and slice, and the lazy iterator types of the builtins: range_iterator,
 * enumerate, zip, map, filter, reversed, and iter(callable, sentinel). */
#include "vm.h"
#include "gc.h"

extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
static val_t iter_self(val_t v) { return v; }

/* ---- range ---- */
typedef struct { obj_t base; intptr_t cur, stop, step; } rangeit_t;
type_t range_iter_type;
val_t range_new(intptr_t start, intptr_t stop, intptr_t step) {
    range_t *r = new_obj(&range_type, sizeof(range_t));
    r->start = start; r->stop = stop; r->step = step;
    return V(r);
}
static intptr_t range_count(range_t *r) {
    if (r->step > 0) return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
    return r->start > r->stop ? (r->start - r->stop - r->step - 1) / (-r->step) : 0;
}
static val_t range_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    if (nkw) raise_type_error("range() takes no keyword arguments");
    if (npos < 1 || npos > 3) raise_type_error(npos < 1 ? "range expected at least 1 argument, got %d" : "range expected at most 3 arguments, got %d", npos);
    intptr_t a = 0, b, c = 1;
    /* ints, or objects with __index__ (int_index calls it) */
    for (int i = 0; i < npos; i++)
        if (!IS_INT(args[i]) && !((type_of(args[i])->flags & TF_USER) && type_lookup(type_of(args[i]), N___index__)))
            raise_type_error("'%s' object cannot be interpreted as an integer", type_name(args[i]));
    if (npos == 1) b = int_index(args[0], "range");
    else { a = int_index(args[0], "range"); b = int_index(args[1], "range"); if (npos == 3) c = int_index(args[2], "range"); }
    if (c == 0) raise_msg(&ValueError_type, "range() arg 3 must not be zero");
    return range_new(a, b, c);
}
static val_t range_repr(val_t v) {
    range_t *r = (range_t *)v;
    if (r->step == 1) return str_printf("range(%ld, %ld)", (long)r->start, (long)r->stop);
    return str_printf("range(%ld, %ld, %ld)", (long)r->start, (long)r->stop, (long)r->step);
}
static intptr_t range_len(val_t v) { return range_count((range_t *)v); }
static val_t range_iter(val_t v) {
    range_t *r = (range_t *)v;
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
extern void slice_indices(val_t sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step, intptr_t *count);
static val_t range_subscr(val_t v, val_t idx, val_t value) {
    if (value != SUBSCR_LOAD) return MISSING;
    range_t *r = (range_t *)v;
    intptr_t n = range_count(r);
    if (is_type(idx, &slice_type)) {
        intptr_t start, stop, step, cnt;
        slice_indices(idx, n, &start, &stop, &step, &cnt);
        intptr_t s0 = r->start + start * r->step, st = r->step * step;
        return range_new(s0, s0 + cnt * st, st);
    }
    intptr_t i = int_index(idx, "range indices");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(&IndexError_type, "range object index out of range");
    return MKSMALL(r->start + i * r->step);
}
static int range_contains(val_t v, val_t x) {
    range_t *r = (range_t *)v;
    if (!IS_SMALL(x)) return -1;
    intptr_t i = SMALL(x);
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
    return (i - r->start) % r->step == 0;
}
static val_t range_compare(int op, val_t a, val_t b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &range_type)) return MISSING;
    range_t *x = (range_t *)a, *y = (range_t *)b;
    intptr_t nx = range_count(x), ny = range_count(y);
    bool eq = nx == ny && (nx == 0 || (x->start == y->start && (nx == 1 || x->step == y->step)));
    return BOOL(op == CMP_EQ ? eq : !eq);
}
static val_t range_getattr(val_t v, val_t name) {
    range_t *r = (range_t *)v;
    if (name == N_start) return MKSMALL(r->start);
    if (name == N_stop) return MKSMALL(r->stop);
    if (name == N_step) return MKSMALL(r->step);
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
static val_t range_index_m(val_t self, val_t x) {
    if (range_contains(self, x) != 1) raise_msg(&ValueError_type, "%R is not in range", x);
    return MKSMALL((SMALL(x) - ((range_t *)self)->start) / ((range_t *)self)->step);
}
static val_t range_count_m(val_t self, val_t x) { return MKSMALL(range_contains(self, x) == 1); }
static const method_def_t range_methods[] = {
    NATIVE("index", range_index_m, MK_FIXED, 2, 2),
    NATIVE("count", range_count_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
type_t range_type = { { &type_type }, "range", 0, sizeof(range_t), .repr = range_repr, .len = range_len,
    .iter = range_iter, .subscr = range_subscr, .contains = range_contains, .compare = range_compare,
    .make = range_make, .getattr = range_getattr, .methods = range_methods, .base_type = &object_type };
type_t range_iter_type = { { &type_type }, "range_iterator", 0, sizeof(rangeit_t), .iter = iter_self, .iternext = range_iter_next };

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
    intptr_t a, b, c, n;
    slice_indices(self, int_index(len, "length"), &a, &b, &c, &n);
    val_t t[3] = { MKSMALL(a), MKSMALL(b), MKSMALL(c) };
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
    val_t pair[2] = { e->count, x };
    e->count = IS_SMALL(e->count) && SMALL(e->count) < SMALL_MAX ? e->count + 2 : int_binary(OP_ADD, e->count, MKSMALL(1));
    return tuple_new(2, pair);
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
    if (IS_LIST(r->seq) && r->i >= (intptr_t)LIST(r->seq)->len) { r->i = -1; return MISSING; }
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
    if (is_type(s, &range_type)) {
        range_t *r = (range_t *)s;
        intptr_t n = obj_len(s);
        return obj_iter(range_new(r->start + (n - 1) * r->step, r->start - r->step, -r->step));
    }
    /* dicts and their views are reversible (insertion order backwards): walk a snapshot */
    if (isinstance_of(s, &dict_type) || is_type(s, &dictview_type)) { val_t l = list_from_iter(s); s = l; }
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
