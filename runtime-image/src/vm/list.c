/* list.c — tuple and list: contiguous value arrays, slicing, comparison, sorting (a stable merge
 * sort), their iterators, and the sequence iterator used for __getitem__-only iterables. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "select.h"

val_t empty_tuple;
extern type_t list_iter_type, tuple_iter_type, seq_iter_type;
typedef struct { obj_t base; val_t seq; size_t i; } seqit_t;

/* ---- slices ---- */
/* An index as CPython reads a slice bound (_PyEval_SliceIndex): an int or an object with
 * __index__, clipped to the word range (xs[:10**30] is xs[:]); `what` is the TypeError for
 * anything else. Shared by slicing, slice.indices, and the start/stop of index/find/count. */
intptr_t index_clipped(val_t v, const char *what) {
    if (IS_SMALL(v)) return SMALL(v);
    if (is_type(v, &bool_type)) return ((bool_t *)v)->value;
    if (!isinstance_of(v, &int_type)) {
        val_t self, m = (type_of(v)->flags & TF_USER) ? lookup_method(v, N___index__, &self) : MISSING;
        if (!m) raise_type_error("%s", what);
        v = self ? call1(m, self) : call0(m);
        if (!isinstance_of(v, &int_type)) raise_type_error("__index__ returned non-int (type %s)", type_name(v));
        if (IS_SMALL(v) || is_type(v, &bool_type)) return index_clipped(v, what);
    }
    int64_t i;
    if (int_to_i64(v, &i)) return i;
    return int_sign(v) < 0 ? INTPTR_MIN : INTPTR_MAX;
}
static inline intptr_t slice_bound(val_t v) { return IS_SMALL(v) ? SMALL(v) : index_clipped(v, SLICE_INDEX_ERROR); }
/* the span of start:stop:step over a sequence of len items (bounds clipped as CPython does) */
static void slice_span(val_t a, val_t b, val_t c, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step, intptr_t *count) {
    intptr_t st = c == NONE ? 1 : slice_bound(c);
    if (st == 0) raise_msg(&ValueError_type, "slice step cannot be zero");
    if (st < -INTPTR_MAX) st = -INTPTR_MAX;   /* so -st is a word too */
    intptr_t lo, hi;
    if (a == NONE) lo = st < 0 ? len - 1 : 0;
    else {
        lo = slice_bound(a);
        if (lo < 0) { lo += len; if (lo < 0) lo = st < 0 ? -1 : 0; }
        else if (lo >= len) lo = st < 0 ? len - 1 : len;
    }
    if (b == NONE) hi = st < 0 ? -1 : len;
    else {
        hi = slice_bound(b);
        if (hi < 0) { hi += len; if (hi < 0) hi = st < 0 ? -1 : 0; }
        else if (hi >= len) hi = st < 0 ? len - 1 : len;
    }
    intptr_t n;
    if (st > 0) n = hi > lo ? (hi - lo - 1) / st + 1 : 0;   /* no overflow for steps near the word's limits */
    else n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    *start = lo; *stop = hi; *step = st; *count = n;
}
void slice_indices(val_t sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step, intptr_t *count) {
    slice_t *s = (slice_t *)sl;
    slice_span(s->start, s->stop, s->step, len, start, stop, step, count);
}
static intptr_t seq_index(val_t idx, size_t len, const char *what) {
    intptr_t i = int_index(idx, what);
    if (i < 0) i += (intptr_t)len;
    return i;
}

/* ---- tuple ---- */
val_t tuple_alloc(size_t n) {
    tuple_t *t = new_obj(&tuple_type, sizeof(tuple_t) + n * sizeof(val_t));
    t->len = n;
    return V(t);
}
val_t tuple_new(size_t n, const val_t *items) {
    if (n == 0 && empty_tuple) return empty_tuple;
    PIN_SOURCE(items);
    val_t t = tuple_alloc(n);
    memcpy_(TUPLE(t)->items, items, n * sizeof(val_t));
    return t;
}
static void seq_repr(sbuf_t *b, const val_t *items, size_t n, char open, char close, bool one_comma) {
    vm_check_stack();
    sb_addc(b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) sb_add(b, ", ", 2);
        sb_add_repr(b, items[i]);
    }
    if (one_comma && n == 1) sb_addc(b, ',');
    sb_addc(b, close);
}
static val_t tuple_repr(val_t v) {
    sbuf_t b; sb_init(&b, 16);
    seq_repr(&b, TUPLE(v)->items, TUPLE(v)->len, '(', ')', true);
    return sb_finish(&b);
}
/* CPython's tuple hash (xxHash-based); tuple_hash_items hashes any items, calling obj_hash */
#define TH_P1 11400714785074694791ull
#define TH_P2 14029467366897019727ull
#define TH_P5 2870177450012600261ull
static inline uint64_t tuple_hash_round(uint64_t acc, uint64_t h) {
    acc += h * TH_P2;
    acc = (acc << 31) | (acc >> 33);
    return acc * TH_P1;
}
static inline intptr_t tuple_hash_finish(uint64_t acc, size_t len) {
    acc += len ^ (TH_P5 ^ 3527539ull);
    intptr_t r = (intptr_t)acc;
    return r == -1 ? 1546275796 : r;
}
__attribute__((noinline)) static intptr_t tuple_hash_items(const tuple_t *t) {
    uint64_t acc = TH_P5;
    for (size_t i = 0; i < t->len; i++) acc = tuple_hash_round(acc, (uint64_t)obj_hash(t->items[i]));
    return tuple_hash_finish(acc, t->len);
}
/* Tuples of small ints (dict keys such as (x, y)) are hashed by a leaf loop: a small int inside
 * the modulus 2**61 - 1 is its own hash (-1 gives -2), as obj_hash says; any other item hands
 * the whole tuple to tuple_hash_items. A pair, the common key, is hashed without a loop and
 * with one test for "two small ints in range" (each test ends a translation block on the board,
 * which costs more than the two rounds of arithmetic). */
#define TH_MOD (((intptr_t)1 << 61) - 1)
static inline uintptr_t small_out_of_mod(val_t v) {   /* 0: a small int strictly inside +-mod */
    return (uintptr_t)((uint64_t)(SMALL(v) + (TH_MOD - 1)) > (uint64_t)(2 * (TH_MOD - 1))) | (~v & 1);
}
static inline uint64_t small_item_hash(val_t v) {
    uintptr_t x = (uintptr_t)SMALL(v);
    return sel_eq((uintptr_t)-2, x, (uintptr_t)-1, x);
}
__attribute__((noinline)) static intptr_t tuple_hash_small_items(const tuple_t *t) {
    uint64_t acc = TH_P5;
    for (size_t i = 0; i < t->len; i++) {
        val_t item = t->items[i];
        if (small_out_of_mod(item)) return tuple_hash_items(t);
        acc = tuple_hash_round(acc, small_item_hash(item));
    }
    return tuple_hash_finish(acc, t->len);
}
static intptr_t tuple_hash(val_t v) {
    const tuple_t *t = TUPLE(v);
    if (t->len != 2) return tuple_hash_small_items(t);
    val_t a = t->items[0], b = t->items[1];
    if (sel_opaque(small_out_of_mod(a) | small_out_of_mod(b)) == 0)
        return tuple_hash_finish(tuple_hash_round(tuple_hash_round(TH_P5, small_item_hash(a)), small_item_hash(b)), 2);
    return tuple_hash_items(t);
}
static val_t seq_compare(int op, const val_t *a, size_t na, const val_t *b, size_t nb) {
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        val_t p = a[i], q = b[i];
        if (p == q) continue;                        /* identical: equal, as in CPython */
        if (IS_SMALL(p) && IS_SMALL(q)) break;       /* unequal small ints */
        if (!obj_eq(p, q)) break;
    }
    if (i < na && i < nb) {
        if (op == CMP_EQ) return FALSE_V;
        if (op == CMP_NE) return TRUE_V;
        val_t p = a[i], q = b[i];
        if (IS_SMALL(p) && IS_SMALL(q)) {
            intptr_t x = (intptr_t)p, y = (intptr_t)q;
            switch (op) { case CMP_LT: return BOOL(x < y); case CMP_LE: return BOOL(x <= y); case CMP_GT: return BOOL(x > y); default: return BOOL(x >= y); }
        }
        return obj_compare(op, p, q);
    }
    switch (op) {
    case CMP_LT: return BOOL(na < nb); case CMP_LE: return BOOL(na <= nb);
    case CMP_EQ: return BOOL(na == nb); case CMP_NE: return BOOL(na != nb);
    case CMP_GT: return BOOL(na > nb); default: return BOOL(na >= nb);
    }
}
static val_t tuple_compare(int op, val_t a, val_t b) {
    if (!isinstance_of(b, &tuple_type)) return MISSING;
    return seq_compare(op, TUPLE(a)->items, TUPLE(a)->len, TUPLE(b)->items, TUPLE(b)->len);
}
static val_t seq_repeat(const val_t *items, size_t n, val_t times, bool is_list) {
    intptr_t k = int_index(times, "can't multiply sequence by non-int");
    if (k < 0) k = 0;
    size_t total = n * (size_t)k;
    val_t r = is_list ? list_new(total, NULL) : tuple_alloc(total);
    val_t *dst = is_list ? LIST(r)->items : TUPLE(r)->items;
    for (intptr_t i = 0; i < k; i++) memcpy_(dst + (size_t)i * n, items, n * sizeof(val_t));
    return r;
}
static val_t tuple_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    if (op & 32) { if (bop == OP_MUL && IS_INT(b)) return seq_repeat(TUPLE(a)->items, TUPLE(a)->len, b, false); return MISSING; }
    if (bop == OP_ADD && isinstance_of(b, &tuple_type)) {
        size_t na = TUPLE(a)->len, nb = TUPLE(b)->len;
        val_t r = tuple_alloc(na + nb);
        memcpy_(TUPLE(r)->items, TUPLE(a)->items, na * sizeof(val_t));
        memcpy_(TUPLE(r)->items + na, TUPLE(b)->items, nb * sizeof(val_t));
        return r;
    }
    if (bop == OP_ADD) raise_type_error("can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    if (bop == OP_MUL && IS_INT(b)) return seq_repeat(TUPLE(a)->items, TUPLE(a)->len, b, false);
    return MISSING;
}
static val_t tuple_slice_load(val_t v, intptr_t start, intptr_t step, intptr_t n) {
    val_t r = tuple_alloc((size_t)n);
    for (intptr_t i = 0; i < n; i++) TUPLE(r)->items[i] = TUPLE(v)->items[start + i * step];
    return r;
}
static val_t tuple_subscr(val_t v, val_t idx, val_t value) {
    if (value != SUBSCR_LOAD) return MISSING;
    tuple_t *t = TUPLE(v);
    if (is_type(idx, &slice_type)) {
        intptr_t start, stop, step, n;
        slice_indices(idx, (intptr_t)t->len, &start, &stop, &step, &n);
        return tuple_slice_load(v, start, step, n);
    }
    if (!IS_INT(idx) && !((type_of(idx)->flags & TF_USER) && type_lookup(type_of(idx), N___index__)))
        raise_type_error("tuple indices must be integers or slices, not %s", type_name(idx));
    intptr_t i = seq_index(idx, t->len, "tuple indices");
    if (i < 0 || i >= (intptr_t)t->len) raise_msg(&IndexError_type, "tuple index out of range");
    return t->items[i];
}
static intptr_t tuple_len(val_t v) { return (intptr_t)TUPLE(v)->len; }
static int tuple_contains(val_t v, val_t x) {
    for (size_t i = 0; i < TUPLE(v)->len; i++) if (obj_eq(TUPLE(v)->items[i], x)) return 1;
    return 0;
}
static val_t tuple_iter(val_t v) {
    seqit_t *it = new_obj(&tuple_iter_type, sizeof(seqit_t));
    it->seq = v;
    return V(it);
}
static val_t tuple_make(const type_t *t, int npos, int nkw, const val_t *args) {
    args_check("tuple", npos, nkw, 0, 1);
    if (npos == 0) return empty_tuple;
    if (IS_TUPLE(args[0]) && t == &tuple_type) return args[0];
    val_t l = list_from_iter(args[0]);
    val_t r = tuple_new(LIST(l)->len, LIST(l)->items);
    if (t != &tuple_type) { tuple_t *c = new_obj(t, sizeof(tuple_t) + TUPLE(r)->len * sizeof(val_t)); c->len = TUPLE(r)->len; memcpy_(c->items, TUPLE(r)->items, c->len * sizeof(val_t)); return V(c); }
    return r;
}
#define SEQ_INDEX_ERROR "slice indices must be integers or have an __index__ method"
static val_t seq_index_m(const val_t *items, size_t n, int argc, const val_t *args, const char *tn) {
    intptr_t start = 0, stop = (intptr_t)n;
    if (argc > 2) { start = index_clipped(args[2], SEQ_INDEX_ERROR); if (start < 0) start += (intptr_t)n; if (start < 0) start = 0; }
    if (argc > 3) { stop = index_clipped(args[3], SEQ_INDEX_ERROR); if (stop < 0) stop += (intptr_t)n; if (stop > (intptr_t)n) stop = (intptr_t)n; }
    for (intptr_t i = start; i < stop; i++) if (obj_eq(items[i], args[1])) return MKSMALL(i);
    if (tn[0] == 'l') raise_msg(&ValueError_type, "%R is not in list", args[1]);
    raise_msg(&ValueError_type, "tuple.index(x): x not in tuple");
}
static val_t tuple_index_m(int n, const val_t *args) { return seq_index_m(TUPLE(args[0])->items, TUPLE(args[0])->len, n, args, "tuple"); }
static val_t seq_count(const val_t *items, size_t n, val_t x) {
    intptr_t c = 0;
    for (size_t i = 0; i < n; i++) if (obj_eq(items[i], x)) c++;
    return MKSMALL(c);
}
static val_t tuple_count_m(val_t self, val_t x) { return seq_count(TUPLE(self)->items, TUPLE(self)->len, x); }
static const method_def_t tuple_methods[] = {
    NATIVE("index", tuple_index_m, MK_VAR, 2, 4),
    NATIVE("count", tuple_count_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
type_t tuple_type = { { &type_type }, "tuple", TF_BASETYPE, sizeof(tuple_t), .repr = tuple_repr, .hash = tuple_hash,
    .compare = tuple_compare, .binary = tuple_binary, .subscr = tuple_subscr, .len = tuple_len,
    .contains = tuple_contains, .iter = tuple_iter, .make = tuple_make,
    .methods = tuple_methods, .base_type = &object_type };

/* ---- list ---- */
val_t list_new(size_t n, const val_t *items) {
    /* items may be an interior pointer only (a slice of another list): pinned by its head */
    volatile uintptr_t pinned = items ? gc_head_of(items) : 0;
    (void)pinned;
    list_t *l = new_obj(&list_type, sizeof(list_t));
    size_t cap = n < 4 ? 4 : n;
    val_t *arr = gc_alloc(cap * sizeof(val_t));
    l->items = arr;
    l->cap = cap;
    l->len = n;
    if (items) memcpy_(l->items, items, n * sizeof(val_t));
    return V(l);
}
static void list_reserve(list_t *l, size_t need) {
    if (need <= l->cap) return;
    size_t nc = l->cap * 2;
    if (nc < need) nc = need;
    if (nc < 4) nc = 4;
    l->items = gc_realloc(l->items, l->cap * sizeof(val_t), nc * sizeof(val_t));
    l->cap = nc;
}
void list_append(val_t lv, val_t v) {
    list_t *l = LIST(lv);
    if (l->len == l->cap) list_reserve(l, l->len + 1);
    l->items[l->len++] = v;
}
val_t list_extend_v(val_t lv, val_t it) {
    if (IS_LIST(it) || IS_TUPLE(it)) {
        size_t n = IS_LIST(it) ? LIST(it)->len : TUPLE(it)->len;
        list_t *l = LIST(lv);
        list_reserve(l, l->len + n);
        val_t *src = IS_LIST(it) ? LIST(it)->items : TUPLE(it)->items;
        memmove_(l->items + l->len, src, n * sizeof(val_t));
        l->len += n;
        return NONE;
    }
    val_t iter = obj_iter(it), x;
    while ((x = obj_next(iter))) list_append(lv, x);
    return NONE;
}
val_t list_from_iter(val_t it) {
    val_t l = list_new(0, NULL);
    list_extend_v(l, it);
    return l;
}
static val_t list_repr(val_t v) {
    sbuf_t b; sb_init(&b, 16);
    seq_repr(&b, LIST(v)->items, LIST(v)->len, '[', ']', false);
    return sb_finish(&b);
}
static val_t list_compare(int op, val_t a, val_t b) {
    if (!isinstance_of(b, &list_type)) return MISSING;
    return seq_compare(op, LIST(a)->items, LIST(a)->len, LIST(b)->items, LIST(b)->len);
}
static val_t list_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    if (op & 32) { if (bop == OP_MUL && IS_INT(b)) return seq_repeat(LIST(a)->items, LIST(a)->len, b, true); return MISSING; }
    if (bop == OP_ADD && isinstance_of(b, &list_type)) {
        size_t na = LIST(a)->len, nb = LIST(b)->len;
        val_t r = list_new(na + nb, NULL);
        memcpy_(LIST(r)->items, LIST(a)->items, na * sizeof(val_t));
        memcpy_(LIST(r)->items + na, LIST(b)->items, nb * sizeof(val_t));
        return r;
    }
    if (bop == OP_ADD) raise_type_error("can only concatenate list (not \"%s\") to list", type_name(b));
    if (bop == OP_MUL && IS_INT(b)) return seq_repeat(LIST(a)->items, LIST(a)->len, b, true);
    return MISSING;
}
val_t list_imul(val_t l, val_t n) {
    val_t r = seq_repeat(LIST(l)->items, LIST(l)->len, n, true);
    LIST(l)->items = LIST(r)->items; LIST(l)->len = LIST(r)->len; LIST(l)->cap = LIST(r)->cap;
    return l;
}
static val_t list_slice_load(val_t v, intptr_t start, intptr_t step, intptr_t n) {
    val_t r = list_new((size_t)n, NULL);
    if (step == 1) memcpy_(LIST(r)->items, LIST(v)->items + start, (size_t)n * sizeof(val_t));
    else for (intptr_t i = 0; i < n; i++) LIST(r)->items[i] = LIST(v)->items[start + i * step];
    return r;
}
/* x[a:b] / x[a:b:c] of an exact list or tuple whose bounds are small ints or None, for the
 * interpreter's BUILD_SLICE + BINARY_SUBSCR pair: the same result as through a slice object, without
 * allocating one. MISSING (nothing run, nothing raised) sends the caller to the general path:
 * subclasses (which may override __getitem__), other types, and bounds needing __index__. */
static inline intptr_t step1_bound(val_t v, intptr_t missing, intptr_t len) {
    if (v == NONE) return missing;
    intptr_t i = SMALL(v);
    if (i < 0) { i += len; if (i < 0) i = 0; }
    else if (i > len) i = len;
    return i;
}
val_t seq_slice_fast(val_t x, val_t a, val_t b, val_t c) {
    if (IS_SMALL(x)) return MISSING;
    const type_t *t = OBJ(x)->type;
    if (t != &list_type && t != &tuple_type) return MISSING;
    if (!(IS_SMALL(a) || a == NONE) || !(IS_SMALL(b) || b == NONE) || !(IS_SMALL(c) || c == NONE)) return MISSING;
    intptr_t start, stop, step, n;
    if (t == &list_type && c == NONE) {   /* xs[i:], xs[:mid]: slice_span's step-1 case inline */
        intptr_t len = (intptr_t)LIST(x)->len;
        start = step1_bound(a, 0, len);
        stop = step1_bound(b, len, len);
        return list_slice_load(x, start, 1, stop > start ? stop - start : 0);
    }
    if (t == &list_type) {
        slice_span(a, b, c, (intptr_t)LIST(x)->len, &start, &stop, &step, &n);
        return list_slice_load(x, start, step, n);
    }
    slice_span(a, b, c, (intptr_t)TUPLE(x)->len, &start, &stop, &step, &n);
    return tuple_slice_load(x, start, step, n);
}
static val_t list_subscr(val_t v, val_t idx, val_t value) {
    list_t *l = LIST(v);
    if (is_type(idx, &slice_type)) {
        intptr_t start, stop, step, n;
        slice_indices(idx, (intptr_t)l->len, &start, &stop, &step, &n);
        if (value == SUBSCR_LOAD) return list_slice_load(v, start, step, n);
        if (value == SUBSCR_DEL) {
            if (step < 0) { start = start + (n - 1) * step; step = -step; }
            size_t w = 0;
            for (size_t i = 0; i < l->len; i++) {
                bool del = (intptr_t)i >= start && ((intptr_t)i - start) % step == 0 && ((intptr_t)i - start) / step < n;
                if (!del) l->items[w++] = l->items[i];
            }
            l->len = w;
            return TRUE_V;
        }
        val_t src = list_from_iter(value);
        size_t m = LIST(src)->len;
        if (step == 1) {
            if (stop < start) stop = start;
            size_t newlen = l->len - (size_t)(stop - start) + m;
            list_reserve(l, newlen);
            memmove_(l->items + start + m, l->items + stop, (l->len - (size_t)stop) * sizeof(val_t));
            memcpy_(l->items + start, LIST(src)->items, m * sizeof(val_t));
            l->len = newlen;
            return TRUE_V;
        }
        if ((intptr_t)m != n) raise_msg(&ValueError_type, "attempt to assign sequence of size %d to extended slice of size %d", (int)m, (int)n);
        for (intptr_t i = 0; i < n; i++) l->items[start + i * step] = LIST(src)->items[i];
        return TRUE_V;
    }
    if (!IS_INT(idx) && !((type_of(idx)->flags & TF_USER) && type_lookup(type_of(idx), N___index__)))
        raise_type_error("list indices must be integers or slices, not %s", type_name(idx));
    intptr_t i = seq_index(idx, l->len, "list indices");
    if (i < 0 || i >= (intptr_t)l->len)
        raise_msg(&IndexError_type, value == SUBSCR_LOAD ? "list index out of range" : "list assignment index out of range");
    if (value == SUBSCR_LOAD) return l->items[i];
    if (value == SUBSCR_DEL) { list_pop_at(v, i); return TRUE_V; }
    l->items[i] = value;
    return TRUE_V;
}
static intptr_t list_len(val_t v) { return (intptr_t)LIST(v)->len; }
static int list_contains(val_t v, val_t x) {
    for (size_t i = 0; i < LIST(v)->len; i++) if (obj_eq(LIST(v)->items[i], x)) return 1;
    return 0;
}
static val_t list_iter(val_t v) {
    seqit_t *it = new_obj(&list_iter_type, sizeof(seqit_t));
    it->seq = v;
    return V(it);
}
static val_t list_make(const type_t *t, int npos, int nkw, const val_t *args) {
    args_check("list", npos, nkw, 0, 1);
    val_t l = list_new(0, NULL);
    if (npos) list_extend_v(l, args[0]);
    if (t != &list_type) OBJ(l)->type = t;
    return l;
}
/* Removes item i: the items after it move down one place. A few (pop(0) of a short queue, a
 * window) move in a loop here, one translation block each; more go through memmove. The loop
 * must stay a loop: gcc would turn it into a memmove call (loop distribution). */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
val_t list_pop_at(val_t lv, intptr_t i) {
    list_t *l = LIST(lv);
    val_t *p = l->items + i, r = *p;
    size_t n = l->len - (size_t)i - 1;
    if (n <= 8) for (size_t k = 0; k < n; k++) p[k] = p[k + 1];
    else memmove_(p, p + 1, n * sizeof(val_t));
    l->len--;
    return r;
}
/* list.append's growing case, out of line so that the common append is a leaf: it saves no
 * registers. (list_append itself keeps its frame: gc-hunt's backtraces walk frame pointers.) */
static __attribute__((noinline)) void list_append_grow(list_t *l, val_t v) {
    list_reserve(l, l->len + 1);
    l->items[l->len++] = v;
}
static val_t list_append_m(val_t self, val_t x) {
    list_t *l = LIST(self);
    if (__builtin_expect(l->len == l->cap, 0)) list_append_grow(l, x);
    else l->items[l->len++] = x;
    return NONE;
}
static val_t list_extend_m(val_t self, val_t x) { return list_extend_v(self, x); }
/* pop's and insert's index: an int or an object with __index__ (anything else is CPython's
 * TypeError), as a C ssize_t: a wider int is CPython's OverflowError, before any range test */
static __attribute__((noinline)) intptr_t pop_index(val_t idx) {
    const type_t *t = type_of(idx);
    if (!IS_INT(idx)) {
        if (!((t->flags & TF_USER) && type_lookup(t, N___index__)))
            raise_type_error("'%s' object cannot be interpreted as an integer", t->name);
        val_t self, m = lookup_method(idx, N___index__, &self);
        idx = self ? call1(m, self) : call0(m);
        if (!isinstance_of(idx, &int_type)) raise_type_error("__index__ returned non-int (type %s)", type_name(idx));
    }
    int64_t i;
    if (!int_to_i64(idx, &i)) raise_msg(&OverflowError_type, "Python int too large to convert to C ssize_t");
    return (intptr_t)i;
}
static val_t list_pop_m(val_t self, val_t idx) {
    list_t *l = LIST(self);
    intptr_t i = !idx ? (intptr_t)l->len - 1 : IS_SMALL(idx) ? SMALL(idx) : pop_index(idx);
    if (l->len == 0) raise_msg(&IndexError_type, "pop from empty list");
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || i >= (intptr_t)l->len) raise_msg(&IndexError_type, "pop index out of range");
    return list_pop_at(self, i);
}
static val_t list_insert_m(val_t self, val_t idx, val_t x) {
    list_t *l = LIST(self);
    intptr_t i = IS_SMALL(idx) ? SMALL(idx) : pop_index(idx);
    if (i < 0) { i += (intptr_t)l->len; if (i < 0) i = 0; }
    if (i > (intptr_t)l->len) i = (intptr_t)l->len;
    list_reserve(l, l->len + 1);
    memmove_(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(val_t));
    l->items[i] = x;
    l->len++;
    return NONE;
}
static val_t list_remove_m(val_t self, val_t x) {
    list_t *l = LIST(self);
    for (size_t i = 0; i < l->len; i++) if (obj_eq(l->items[i], x)) { list_pop_at(self, (intptr_t)i); return NONE; }
    raise_msg(&ValueError_type, "list.remove(x): x not in list");
}
static val_t list_index_m(int n, const val_t *args) { return seq_index_m(LIST(args[0])->items, LIST(args[0])->len, n, args, "list"); }
static val_t list_count_m(val_t self, val_t x) { return seq_count(LIST(self)->items, LIST(self)->len, x); }
static val_t list_clear_m(val_t self) { LIST(self)->len = 0; return NONE; }
static val_t list_copy_m(val_t self) { return list_new(LIST(self)->len, LIST(self)->items); }
void list_reverse(val_t self) {
    list_t *l = LIST(self);
    for (size_t i = 0; i < l->len / 2; i++) { val_t t = l->items[i]; l->items[i] = l->items[l->len - 1 - i]; l->items[l->len - 1 - i] = t; }
}
static val_t list_reverse_m(val_t self) { list_reverse(self); return NONE; }

/* ---- sorting: a stable bottom-up merge sort over keys (and the values they came from) ----
 * The keys are checked once: when all are small ints, exact floats or exact strs, the sort runs
 * a copy of the merge loop with that comparison inlined (none of them can raise or call Python
 * code). Otherwise sort_lt tries the same direct comparisons per pair (and element-wise for
 * tuples) before obj_lt. reverse compares the other way round, which keeps equal items in their
 * original order as CPython's reverse=True does. */
enum { SK_ANY, SK_SMALL, SK_FLOAT, SK_STR, SK_TUPLE };
#define SORT_RUN 8
static inline double float_value(val_t v) { return ((float_t *)v)->value; }
/* UTF-8 byte order is code-point order */
static bool str_lt(val_t a, val_t b) {
    str_t *x = STR(a), *y = STR(b);
    size_t n = x->len < y->len ? x->len : y->len;
    const uint8_t *p = (const uint8_t *)x->data, *q = (const uint8_t *)y->data;
    for (size_t i = 0; i < n; i++) if (p[i] != q[i]) return p[i] < q[i];
    return x->len < y->len;
}
static bool sort_lt(val_t a, val_t b);
/* tuple < tuple: the first unequal pair decides (identical items are equal, as in CPython) */
static bool tuple_lt_items(val_t a, val_t b) {
    tuple_t *x = TUPLE(a), *y = TUPLE(b);
    size_t n = x->len < y->len ? x->len : y->len;
    for (size_t i = 0; i < n; i++) {
        val_t p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (IS_SMALL(p) && IS_SMALL(q)) return (intptr_t)p < (intptr_t)q;
        if (!obj_eq(p, q)) { vm_check_stack(); return sort_lt(p, q); }   /* may nest */
    }
    return x->len < y->len;
}
/* the first items decide most comparisons: unequal small ints inline, the rest in the loop */
static inline __attribute__((always_inline)) bool tuple_lt(val_t a, val_t b) {
    tuple_t *x = TUPLE(a), *y = TUPLE(b);
    if (x->len && y->len) {
        val_t p = x->items[0], q = y->items[0];
        if (p != q && (p & q & 1)) return (intptr_t)p < (intptr_t)q;
    }
    return tuple_lt_items(a, b);
}
static bool sort_lt(val_t a, val_t b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return (intptr_t)a < (intptr_t)b;
    if (!IS_SMALL(a) && !IS_SMALL(b) && OBJ(a)->type == OBJ(b)->type) {
        const type_t *t = OBJ(a)->type;
        if (t == &str_type) return str_lt(a, b);
        if (t == &float_type) return float_value(a) < float_value(b);
        if (t == &tuple_type) return tuple_lt(a, b);
    }
    return obj_lt(a, b);
}
static int sort_kind(const val_t *k, size_t n) {
    if (IS_SMALL(k[0])) {
        for (size_t i = 1; i < n; i++) if (!IS_SMALL(k[i])) return SK_ANY;
        return SK_SMALL;
    }
    const type_t *t = OBJ(k[0])->type;
    if (t != &float_type && t != &str_type && t != &tuple_type) return SK_ANY;
    for (size_t i = 1; i < n; i++) if (IS_SMALL(k[i]) || OBJ(k[i])->type != t) return SK_ANY;
    return t == &float_type ? SK_FLOAT : t == &str_type ? SK_STR : SK_TUPLE;
}
static inline __attribute__((always_inline)) bool kind_lt(int kind, val_t a, val_t b) {
    switch (kind) {
    case SK_SMALL: return (intptr_t)a < (intptr_t)b;   /* the tagging keeps the order */
    case SK_FLOAT: return float_value(a) < float_value(b);
    case SK_STR: return str_lt(a, b);
    case SK_TUPLE: return tuple_lt(a, b);
    default: return sort_lt(a, b);
    }
}
#define BEFORE(a, b) (rev ? kind_lt(kind, b, a) : kind_lt(kind, a, b))
/* sorts k[0..n) (and v alongside when v is not NULL) using tk/tv (n words each) as scratch */
static inline __attribute__((always_inline)) void merge_sort(int kind, bool rev, val_t *k, val_t *v, val_t *tk, val_t *tv, size_t n) {
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {   /* insertion sort of short runs */
        size_t m = n - lo < SORT_RUN ? n - lo : SORT_RUN;
        val_t *rk = k + lo, *rv = v ? v + lo : NULL;
        for (size_t i = 1; i < m; i++) {
            val_t x = rk[i], y = v ? rv[i] : 0;
            size_t j = i;
            while (j > 0 && BEFORE(x, rk[j - 1])) { rk[j] = rk[j - 1]; if (v) rv[j] = rv[j - 1]; j--; }
            rk[j] = x; if (v) rv[j] = y;
        }
    }
    val_t *sk = k, *sv = v, *dk = tk, *dv = tv;
    for (size_t w = SORT_RUN; w < n; w *= 2) {   /* merge pairs of runs from s into d */
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            if (!v) {   /* keys only: a pointer loop */
                const val_t *a = sk + lo, *ae = sk + mid, *b = sk + mid, *be = sk + hi;
                val_t *o = dk + lo;
                if (mid < hi && BEFORE(*b, ae[-1]))
                    while (a < ae && b < be) *o++ = BEFORE(*b, *a) ? *b++ : *a++;
                memcpy_(o, a, (size_t)(ae - a) * sizeof(val_t));
                o += ae - a;
                memcpy_(o, b, (size_t)(be - b) * sizeof(val_t));
                continue;
            }
            size_t i = lo, j = mid, o = lo;
            if (mid < hi && BEFORE(sk[mid], sk[mid - 1]))   /* else the two runs are already in order */
                while (i < mid && j < hi) {
                    if (BEFORE(sk[j], sk[i])) { dk[o] = sk[j]; if (v) dv[o] = sv[j]; j++; }
                    else { dk[o] = sk[i]; if (v) dv[o] = sv[i]; i++; }
                    o++;
                }
            memcpy_(dk + o, sk + i, (mid - i) * sizeof(val_t));
            if (v) memcpy_(dv + o, sv + i, (mid - i) * sizeof(val_t));
            o += mid - i;
            memcpy_(dk + o, sk + j, (hi - j) * sizeof(val_t));
            if (v) memcpy_(dv + o, sv + j, (hi - j) * sizeof(val_t));
        }
        val_t *t = sk; sk = dk; dk = t;
        t = sv; sv = dv; dv = t;
    }
    if (sk != k) { memcpy_(k, sk, n * sizeof(val_t)); if (v) memcpy_(v, sv, n * sizeof(val_t)); }
}
#undef BEFORE
/* Small-int keys spanning at most 2**32: a stable LSD radix sort, 8 bits per pass (values move
 * with their keys). Stable, and reverse sorts the distance from the maximum, so equal keys keep
 * their order either way, as in the merge sort. false: range too wide, left to the merge sort. */
/* The sort key of x: x itself, or the small int x[item] of a tuple key. Callers pass constant
 * rev, tuple and v-or-NULL, so each combination is its own loop without those tests. */
#define RADIX_KEY(x) (tuple ? TUPLE(x)->items[item] : (x))
static inline __attribute__((always_inline)) bool radix_pass_sort(val_t *k, val_t *v, val_t *tk, val_t *tv, size_t n, bool rev, bool tuple, size_t item) {
    intptr_t lo = SMALL(RADIX_KEY(k[0])), hi = lo;
    for (size_t i = 1; i < n; i++) { intptr_t x = SMALL(RADIX_KEY(k[i])); if (x < lo) lo = x; if (x > hi) hi = x; }
    uint64_t range = (uint64_t)hi - (uint64_t)lo;
    if (range >> 32) return false;
    intptr_t base = rev ? hi : lo;
    if (range == 0) return true;
    /* as few passes as digits of at most 8 bits (9 for long lists, where clearing and summing
     * 512 counters costs less than a pass over the items) allow, the bits shared out evenly: 17
     * bits are two passes of 9, not three of 8. 2 KiB of counters, as the 256 size_t were. */
    unsigned bits = 64 - (unsigned)__builtin_clzll(range), maxw = n >= 512 ? 9 : 8;
    unsigned passes = (bits + maxw - 1) / maxw, w = (bits + passes - 1) / passes;
    size_t buckets = (size_t)1 << w, mask = buckets - 1;
    uint32_t count[512];
    val_t *sk = k, *sv = v, *dk = tk, *dv = tv;
    for (unsigned shift = 0; shift < bits; shift += w) {
#define DIGIT(x) (((rev ? (uint64_t)base - (uint64_t)SMALL(RADIX_KEY(x)) : (uint64_t)SMALL(RADIX_KEY(x)) - (uint64_t)base) >> shift) & mask)
        memset_(count, 0, buckets * sizeof count[0]);
        for (size_t i = 0; i < n; i++) count[DIGIT(sk[i])]++;
        if (count[DIGIT(sk[0])] == n) continue;   /* one digit value: this pass moves nothing */
        uint32_t pos = 0;
        for (size_t d = 0; d < buckets; d++) { uint32_t c = count[d]; count[d] = pos; pos += c; }
        for (size_t i = 0; i < n; i++) {
            size_t at = count[DIGIT(sk[i])]++;
            dk[at] = sk[i];
            if (v) dv[at] = sv[i];
        }
#undef DIGIT
        val_t *t = sk; sk = dk; dk = t;
        t = sv; sv = dv; dv = t;
    }
    if (sk != k) { memcpy_(k, sk, n * sizeof(val_t)); if (v) memcpy_(v, sv, n * sizeof(val_t)); }
    return true;
}
#undef RADIX_KEY
#define RADIX_SPECIALISED(tuple, item)                                                          \
    (v ? (rev ? radix_pass_sort(k, v, tk, tv, n, true, tuple, item)                             \
              : radix_pass_sort(k, v, tk, tv, n, false, tuple, item))                           \
       : (rev ? radix_pass_sort(k, NULL, tk, NULL, n, true, tuple, item)                        \
              : radix_pass_sort(k, NULL, tk, NULL, n, false, tuple, item)))
static bool radix_sort_small(val_t *k, val_t *v, val_t *tk, val_t *tv, size_t n, bool rev) {
    return RADIX_SPECIALISED(false, 0);
}
/* Tuple keys of one length (at most 4) whose items are all small ints, each item spanning at
 * most 2**32 (sorted(xs, key=lambda x: (x % 100, -x))): a stable radix sort by the last item,
 * then by each earlier one, orders them as tuple comparison does (reverse: descending by every
 * item, equal keys in their original order). false: not such keys, nothing moved. */
static bool radix_sort_tuples(val_t *k, val_t *v, val_t *tk, val_t *tv, size_t n, bool rev) {
    size_t len = TUPLE(k[0])->len;
    if (len == 0 || len > 4) return false;
    intptr_t lo[4], hi[4];
    for (size_t j = 0; j < len; j++) {
        val_t x = TUPLE(k[0])->items[j];
        if (!IS_SMALL(x)) return false;
        lo[j] = hi[j] = SMALL(x);
    }
    for (size_t i = 1; i < n; i++) {
        tuple_t *t = TUPLE(k[i]);
        if (t->len != len) return false;
        for (size_t j = 0; j < len; j++) {
            val_t x = t->items[j];
            if (!IS_SMALL(x)) return false;
            if (SMALL(x) < lo[j]) lo[j] = SMALL(x);
            if (SMALL(x) > hi[j]) hi[j] = SMALL(x);
        }
    }
    for (size_t j = 0; j < len; j++) if (((uint64_t)hi[j] - (uint64_t)lo[j]) >> 32) return false;
    for (size_t j = len; j-- > 0;) RADIX_SPECIALISED(true, j);
    return true;
}
#undef RADIX_SPECIALISED
static void sort_keys(int kind, bool rev, val_t *k, val_t *v, val_t *tk, val_t *tv, size_t n) {
    if (kind == SK_SMALL && n >= 64 && radix_sort_small(k, v, tk, tv, n, rev)) return;
    if (kind == SK_TUPLE && n >= 64 && radix_sort_tuples(k, v, tk, tv, n, rev)) return;
    if (v) {
        if (kind == SK_SMALL) { if (rev) merge_sort(SK_SMALL, true, k, v, tk, tv, n); else merge_sort(SK_SMALL, false, k, v, tk, tv, n); }
        else if (kind == SK_TUPLE) { if (rev) merge_sort(SK_TUPLE, true, k, v, tk, tv, n); else merge_sort(SK_TUPLE, false, k, v, tk, tv, n); }
        else if (rev) merge_sort(SK_ANY, true, k, v, tk, tv, n);
        else merge_sort(SK_ANY, false, k, v, tk, tv, n);
        return;
    }
    switch (kind) {
    case SK_SMALL: if (rev) merge_sort(SK_SMALL, true, k, NULL, tk, NULL, n); else merge_sort(SK_SMALL, false, k, NULL, tk, NULL, n); break;
    case SK_FLOAT: if (rev) merge_sort(SK_FLOAT, true, k, NULL, tk, NULL, n); else merge_sort(SK_FLOAT, false, k, NULL, tk, NULL, n); break;
    case SK_STR: if (rev) merge_sort(SK_STR, true, k, NULL, tk, NULL, n); else merge_sort(SK_STR, false, k, NULL, tk, NULL, n); break;
    case SK_TUPLE: if (rev) merge_sort(SK_TUPLE, true, k, NULL, tk, NULL, n); else merge_sort(SK_TUPLE, false, k, NULL, tk, NULL, n); break;
    default: if (rev) merge_sort(SK_ANY, true, k, NULL, tk, NULL, n); else merge_sort(SK_ANY, false, k, NULL, tk, NULL, n); break;
    }
}
size_t func_frame1_size(val_t fn);                     /* func.c */
val_t func_call1_in(frame_t *f, val_t fn, val_t x);
/* As in CPython, the list looks empty while it is sorted (keys are computed, comparisons run);
 * a list changed meanwhile raises ValueError after the sort. If a key or a comparison raises,
 * the list gets its items back in their original order (a permutation, as CPython promises). */
void list_sort(val_t lv, val_t key, bool reverse) {
    list_t *l = LIST(lv);
    size_t n = l->len;
    bool keyed = key && key != NONE;
    if (n < 2 && !keyed) return;
    val_t *work = gc_alloc((keyed ? 4 : 2) * n * sizeof(val_t));
    val_t *items = l->items;
    size_t cap = l->cap;
    val_t *keys = work, *tk = work + n, *vals = keyed ? work + 2 * n : NULL, *tv = keyed ? work + 3 * n : NULL;
    memcpy_(keyed ? vals : keys, items, n * sizeof(val_t));
    l->items = NULL; l->cap = 0; l->len = 0;
    /* a plain Python key function runs in one frame here, rebuilt per item (func.c) */
    size_t kfsize = keyed ? func_frame1_size(key) : 0;
    frame_t *const kf = kfsize ? __builtin_alloca(kfsize) : NULL;
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        if (kf) for (size_t i = 0; i < n; i++) keys[i] = func_call1_in(kf, key, vals[i]);
        else if (keyed) for (size_t i = 0; i < n; i++) keys[i] = call1(key, vals[i]);
        if (n >= 2) sort_keys(sort_kind(keys, n), reverse, keys, vals, tk, tv, n);
        nlr_pop(&nb);
    } else {
        l->items = items; l->cap = cap; l->len = n;
        gc_free(work);
        raise_again(nb.exc);
    }
    bool modified = l->items || l->len;
    memcpy_(items, keyed ? vals : keys, n * sizeof(val_t));
    l->items = items; l->cap = cap; l->len = n;
    gc_free(work);
    if (modified) raise_msg(&ValueError_type, "list modified during sort");
}
static val_t list_sort_m(int npos, int nkw, const val_t *args) {
    if (npos != 1) raise_type_error("sort() takes no positional arguments");
    val_t key = kwarg(npos, nkw, args, "key", NONE);
    val_t rev = kwarg(npos, nkw, args, "reverse", FALSE_V);
    list_sort(args[0], key, obj_truth(rev));
    return NONE;
}
/* list.__init__: what list(...) does, into an existing list (list.__new__ ignores its arguments,
 * so a subclass's own __init__ decides whether and how to call it) */
static val_t list_init_m(int npos, int nkw, const val_t *args) {
    list_t *self = LIST(args[0]);
    if (npos == 2 && args[1] == args[0]) { self->len = 0; return NONE; }   /* cleared, then extended by itself */
    list_t *fresh = LIST(list_make(&list_type, npos - 1, nkw, args + 1));
    self->len = fresh->len; self->cap = fresh->cap; self->items = fresh->items;
    return NONE;
}
static const method_def_t list_methods[] = {
    NATIVE("__init__", list_init_m, MK_KW, 1, -1),
    NATIVE("append", list_append_m, MK_FIXED, 2, 2),
    NATIVE("extend", list_extend_m, MK_FIXED, 2, 2),
    NATIVE("pop", list_pop_m, MK_FIXED, 1, 2),
    NATIVE("insert", list_insert_m, MK_FIXED, 3, 3),
    NATIVE("remove", list_remove_m, MK_FIXED, 2, 2),
    NATIVE("index", list_index_m, MK_VAR, 2, 4),
    NATIVE("count", list_count_m, MK_FIXED, 2, 2),
    NATIVE("clear", list_clear_m, MK_FIXED, 1, 1),
    NATIVE("copy", list_copy_m, MK_FIXED, 1, 1),
    NATIVE("reverse", list_reverse_m, MK_FIXED, 1, 1),
    NATIVE("sort", list_sort_m, MK_KW, 1, 1),
    NATIVE_END,
};
type_t list_type = { { &type_type }, "list", TF_BASETYPE, sizeof(list_t), .repr = list_repr,
    .compare = list_compare, .binary = list_binary, .subscr = list_subscr, .len = list_len,
    .contains = list_contains, .iter = list_iter, .make = list_make,
    .methods = list_methods, .base_type = &object_type };

/* ---- iterators ---- */
static val_t iter_self(val_t v) { return v; }
val_t list_iter_next(val_t v) {
    seqit_t *it = (seqit_t *)v;
    if (it->seq && it->i < LIST(it->seq)->len) return LIST(it->seq)->items[it->i++];
    it->seq = MISSING;
    return MISSING;
}
static val_t tuple_iter_next(val_t v) {
    seqit_t *it = (seqit_t *)v;
    if (it->i < TUPLE(it->seq)->len) return TUPLE(it->seq)->items[it->i++];
    return MISSING;
}
static val_t seq_iter_next(val_t v) {
    seqit_t *it = (seqit_t *)v;
    if (!it->seq) return MISSING;
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        val_t r = obj_getitem(it->seq, MKSMALL((intptr_t)it->i));
        nlr_pop(&nb);
        it->i++;
        return r;
    }
    if (isinstance_of(nb.exc, &IndexError_type) || isinstance_of(nb.exc, &StopIteration_type)) { it->seq = MISSING; return MISSING; }
    raise_again(nb.exc);
}
__attribute__((noreturn)) void raise_again(val_t e);
type_t list_iter_type = { { &type_type }, "list_iterator", 0, sizeof(seqit_t), .iter = iter_self, .iternext = list_iter_next };
type_t tuple_iter_type = { { &type_type }, "tuple_iterator", 0, sizeof(seqit_t), .iter = iter_self, .iternext = tuple_iter_next };
type_t seq_iter_type = { { &type_type }, "iterator", 0, sizeof(seqit_t), .iter = iter_self, .iternext = seq_iter_next };
val_t seq_iter_new(val_t seq) {
    seqit_t *it = new_obj(&seq_iter_type, sizeof(seqit_t));
    it->seq = seq;
    return V(it);
}
