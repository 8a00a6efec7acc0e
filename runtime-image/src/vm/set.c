/* set.c — set and frozenset: an open-addressing table probed like CPython's (linear probes, then
 * perturbation), so small-int sets iterate in the same order CPython prints them. */
#include "vm.h"
#include "gc.h"

#define DUMMY ((val_t)4)
#define LINEAR_PROBES 9
extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);

val_t set_new(const type_t *t) {
    set_t *s = new_obj(t, sizeof(set_t));
    s->mask = 7;
    s->table = gc_alloc(8 * sizeof(set_entry_t));
    return V(s);
}
static set_entry_t *set_lookup(set_t *s, val_t key, intptr_t h, bool *found) {
    size_t mask = s->mask, perturb = (size_t)h, i = (size_t)h & mask;
    set_entry_t *freeslot = NULL;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (int j = 0;; j++) {
            if (!e->key) { *found = false; return freeslot ? freeslot : e; }
            if (e->key == DUMMY) { if (!freeslot) freeslot = e; }
            else if (e->key == key || (e->hash == h && obj_eq(e->key, key))) { *found = true; return e; }
            if (j >= probes) break;
            e++;
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}
static void set_insert_clean(set_t *s, val_t key, intptr_t h) {
    size_t mask = s->mask, perturb = (size_t)h, i = (size_t)h & mask;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (int j = 0; j <= probes; j++, e++) {
            if (!e->key) { e->key = key; e->hash = h; return; }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}
static void set_resize(set_t *s, size_t minused) {
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    set_entry_t *old = s->table;
    size_t oldn = s->mask + 1;
    s->table = gc_alloc(newsize * sizeof(set_entry_t));
    s->mask = newsize - 1;
    s->fill = s->used;
    for (size_t i = 0; i < oldn; i++)
        if (old[i].key && old[i].key != DUMMY) set_insert_clean(s, old[i].key, old[i].hash);
    gc_free(old);
}
void set_add(val_t sv, val_t key) {
    set_t *s = (set_t *)sv;
    intptr_t h = obj_hash(key);
    bool found;
    set_entry_t *e = set_lookup(s, key, h, &found);
    if (found) return;
    if (!e->key) s->fill++;
    e->key = key; e->hash = h;
    s->used++;
    if (s->fill * 5 >= s->mask * 3) set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}
bool set_has(val_t sv, val_t key) {
    bool found;
    set_lookup((set_t *)sv, key, obj_hash(key), &found);
    return found;
}
bool set_discard(val_t sv, val_t key) {
    bool found;
    set_entry_t *e = set_lookup((set_t *)sv, key, obj_hash(key), &found);
    if (!found) return false;
    e->key = DUMMY;
    ((set_t *)sv)->used--;
    return true;
}
val_t set_iternext(val_t sv, size_t *pos) {
    set_t *s = (set_t *)sv;
    while (*pos <= s->mask) {
        set_entry_t *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) return e->key;
    }
    return MISSING;
}
val_t set_update_v(val_t s, val_t it) {
    if (isinstance_of(it, &set_type) || isinstance_of(it, &frozenset_type)) {
        size_t p = 0; val_t k;
        while ((k = set_iternext(it, &p))) set_add(s, k);
        return NONE;
    }
    if (isinstance_of(it, &dict_type)) {
        size_t p = 0; val_t k;
        while ((k = dict_iternext_entry(it, &p, NULL))) set_add(s, k);
        return NONE;
    }
    val_t iter = obj_iter(it), x;
    while ((x = obj_next(iter))) set_add(s, x);
    return NONE;
}
static bool is_anyset(val_t v) { return isinstance_of(v, &set_type) || isinstance_of(v, &frozenset_type); }
static val_t set_copy_as(val_t s, const type_t *t) {
    val_t r = set_new(t);
    set_update_v(r, s);
    return r;
}
static val_t set_repr(val_t v) {
    set_t *s = (set_t *)v;
    /* {...} only for set itself: frozenset and subclasses show their name, Name({...}) or Name() */
    bool named = type_of(v) != &set_type;
    if (s->used == 0) return named ? str_printf("%s()", type_name(v)) : str_from_c("set()");
    vm_check_stack();
    sbuf_t b; sb_init(&b, 16);
    if (named) { sb_adds(&b, type_name(v)); sb_addc(&b, '('); }
    sb_addc(&b, '{');
    size_t p = 0; val_t k; bool first = true;
    while ((k = set_iternext(v, &p))) { if (!first) sb_add(&b, ", ", 2); first = false; sb_add_repr(&b, k); }
    sb_addc(&b, '}');
    if (named) sb_addc(&b, ')');
    return sb_finish(&b);
}
static intptr_t set_len(val_t v) { return (intptr_t)((set_t *)v)->used; }
static int set_contains(val_t v, val_t x) {
    if (isinstance_of(x, &set_type) && !isinstance_of(x, &frozenset_type)) {
        val_t f = set_copy_as(x, &frozenset_type);
        return set_has(v, f);
    }
    return set_has(v, x);
}
typedef struct { obj_t base; val_t set; size_t pos; size_t used; } setit_t;
type_t set_iter_type;
static val_t set_iter(val_t v) {
    setit_t *it = new_obj(&set_iter_type, sizeof(setit_t));
    it->set = v; it->used = ((set_t *)v)->used;
    return V(it);
}
static val_t set_iter_next(val_t v) {
    setit_t *it = (setit_t *)v;
    if (((set_t *)it->set)->used != it->used) raise_msg(&RuntimeError_type, "Set changed size during iteration");
    return set_iternext(it->set, &it->pos);
}
static val_t iter_self(val_t v) { return v; }
type_t set_iter_type = { { &type_type }, "set_iterator", 0, sizeof(setit_t), .iter = iter_self, .iternext = set_iter_next };

static bool subset(val_t a, val_t b) {
    if (((set_t *)a)->used > ((set_t *)b)->used) return false;
    size_t p = 0; val_t k;
    while ((k = set_iternext(a, &p))) if (!set_has(b, k)) return false;
    return true;
}
static val_t set_compare(int op, val_t a, val_t b) {
    if (!is_anyset(b)) return MISSING;
    size_t na = ((set_t *)a)->used, nb = ((set_t *)b)->used;
    switch (op) {
    case CMP_EQ: return BOOL(na == nb && subset(a, b));
    case CMP_NE: return BOOL(!(na == nb && subset(a, b)));
    case CMP_LE: return BOOL(subset(a, b));
    case CMP_LT: return BOOL(na < nb && subset(a, b));
    case CMP_GE: return BOOL(subset(b, a));
    default: return BOOL(na > nb && subset(b, a));
    }
}
static intptr_t frozenset_hash(val_t v) {
    uint64_t h = 0;
    size_t p = 0; val_t k;
    while ((k = set_iternext(v, &p))) {
        uint64_t x = (uint64_t)obj_hash(k);
        h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
    }
    h ^= (((set_t *)v)->used + 1) * 1927868237ull;
    h = h * 69069u + 907133923ull;
    intptr_t r = (intptr_t)h;
    return r == -1 ? 590923713 : r;
}
static val_t set_op(int op, val_t a, val_t b, const type_t *rt) {
    val_t r;
    size_t p = 0; val_t k;
    switch (op) {
    case OP_OR: r = set_copy_as(a, rt); set_update_v(r, b); return r;
    case OP_AND:
        r = set_new(rt);
        while ((k = set_iternext(a, &p))) if (set_has(b, k)) set_add(r, k);
        return r;
    case OP_SUB:
        r = set_new(rt);
        while ((k = set_iternext(a, &p))) if (!set_has(b, k)) set_add(r, k);
        return r;
    case OP_XOR:
        r = set_new(rt);
        while ((k = set_iternext(a, &p))) if (!set_has(b, k)) set_add(r, k);
        p = 0;
        while ((k = set_iternext(b, &p))) if (!set_has(a, k)) set_add(r, k);
        return r;
    }
    return MISSING;
}
static val_t set_binary(int op, val_t a, val_t b) {
    if (!is_anyset(b)) return MISSING;
    if (op & 32) { val_t t = a; a = b; b = t; }
    return set_op(op & 15, a, b, isinstance_of(a, &frozenset_type) ? &frozenset_type : &set_type);
}
val_t set_inplace(int op, val_t a, val_t b) {
    if (!is_anyset(b)) return MISSING;
    val_t r = set_op(op, a, b, &set_type);
    set_t *s = (set_t *)a, *x = (set_t *)r;
    s->table = x->table; s->mask = x->mask; s->used = x->used; s->fill = x->fill;
    return a;
}
static val_t set_make(const type_t *t, int npos, int nkw, const val_t *args) {
    args_check(t == &frozenset_type ? "frozenset" : "set", npos, nkw, 0, 1);
    if (t == &frozenset_type && npos && type_of(args[0]) == &frozenset_type) return args[0];
    val_t s = set_new(t);
    if (npos) set_update_v(s, args[0]);
    return s;
}
/* set.__init__: clear, then add the iterable's items (set.__new__ of a subclass ignores its arguments) */
static val_t set_init_m(int npos, int nkw, const val_t *args) {
    args_check("set", npos - 1, nkw, 0, 1);
    set_t *s = (set_t *)args[0], *x = (set_t *)set_make(&set_type, npos - 1, 0, args + 1);
    s->table = x->table; s->mask = x->mask; s->used = x->used; s->fill = x->fill;
    return NONE;
}
static val_t set_add_m(val_t s, val_t x) { set_add(s, x); return NONE; }
static val_t set_remove_m(val_t s, val_t x) { if (!set_discard(s, x)) raise(exc_new(&KeyError_type, tuple_new(1, &x))); return NONE; }
static val_t set_discard_m(val_t s, val_t x) { set_discard(s, x); return NONE; }
static val_t set_pop_m(val_t s) {
    size_t p = 0; val_t k = set_iternext(s, &p);
    if (!k) raise_msg(&KeyError_type, "pop from an empty set");
    set_discard(s, k);
    return k;
}
static val_t set_clear_m(val_t s) { set_t *x = (set_t *)s; x->table = gc_alloc(8 * sizeof(set_entry_t)); x->mask = 7; x->used = x->fill = 0; return NONE; }
static val_t set_copy_m(val_t s) { return set_copy_as(s, isinstance_of(s, &frozenset_type) ? &frozenset_type : &set_type); }
static val_t multi(int n, const val_t *args, int op) {
    val_t r = set_copy_as(args[0], isinstance_of(args[0], &frozenset_type) ? &frozenset_type : &set_type);
    for (int i = 1; i < n; i++) {
        val_t o = is_anyset(args[i]) ? args[i] : set_copy_as(args[i], &set_type);
        r = set_op(op, r, o, type_of(r));
    }
    return r;
}
static val_t set_union_m(int n, const val_t *a) { return multi(n, a, OP_OR); }
static val_t set_intersection_m(int n, const val_t *a) { return multi(n, a, OP_AND); }
static val_t set_difference_m(int n, const val_t *a) { return multi(n, a, OP_SUB); }
static val_t set_symdiff_m(val_t s, val_t o) { val_t x[2] = { s, o }; return multi(2, x, OP_XOR); }
static val_t set_update_m(int n, const val_t *a) { for (int i = 1; i < n; i++) set_update_v(a[0], a[i]); return NONE; }
static val_t inplace_multi(int n, const val_t *a, int op) {
    val_t r = multi(n, a, op);
    set_t *s = (set_t *)a[0], *x = (set_t *)r;
    s->table = x->table; s->mask = x->mask; s->used = x->used; s->fill = x->fill;
    return NONE;
}
static val_t set_iu_m(int n, const val_t *a) { return inplace_multi(n, a, OP_AND); }
static val_t set_du_m(int n, const val_t *a) { return inplace_multi(n, a, OP_SUB); }
static val_t set_sdu_m(val_t s, val_t o) { val_t x[2] = { s, o }; return inplace_multi(2, x, OP_XOR); }
static val_t as_set(val_t o) { return is_anyset(o) ? o : set_copy_as(o, &set_type); }
static val_t set_issubset_m(val_t s, val_t o) { return BOOL(subset(s, as_set(o))); }
static val_t set_issuperset_m(val_t s, val_t o) { return BOOL(subset(as_set(o), s)); }
static val_t set_isdisjoint_m(val_t s, val_t o) {
    o = as_set(o);
    size_t p = 0; val_t k;
    while ((k = set_iternext(s, &p))) if (set_has(o, k)) return FALSE_V;
    return TRUE_V;
}
static const method_def_t set_methods[] = {
    NATIVE("__init__", set_init_m, MK_KW, 1, -1),
    NATIVE("add", set_add_m, MK_FIXED, 2, 2),
    NATIVE("remove", set_remove_m, MK_FIXED, 2, 2),
    NATIVE("discard", set_discard_m, MK_FIXED, 2, 2),
    NATIVE("pop", set_pop_m, MK_FIXED, 1, 1),
    NATIVE("clear", set_clear_m, MK_FIXED, 1, 1),
    NATIVE("copy", set_copy_m, MK_FIXED, 1, 1),
    NATIVE("union", set_union_m, MK_VAR, 1, -1),
    NATIVE("intersection", set_intersection_m, MK_VAR, 1, -1),
    NATIVE("difference", set_difference_m, MK_VAR, 1, -1),
    NATIVE("symmetric_difference", set_symdiff_m, MK_FIXED, 2, 2),
    NATIVE("update", set_update_m, MK_VAR, 1, -1),
    NATIVE("intersection_update", set_iu_m, MK_VAR, 1, -1),
    NATIVE("difference_update", set_du_m, MK_VAR, 1, -1),
    NATIVE("symmetric_difference_update", set_sdu_m, MK_FIXED, 2, 2),
    NATIVE("issubset", set_issubset_m, MK_FIXED, 2, 2),
    NATIVE("issuperset", set_issuperset_m, MK_FIXED, 2, 2),
    NATIVE("isdisjoint", set_isdisjoint_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
static const method_def_t frozenset_methods[] = {
    NATIVE("copy", set_copy_m, MK_FIXED, 1, 1),
    NATIVE("union", set_union_m, MK_VAR, 1, -1),
    NATIVE("intersection", set_intersection_m, MK_VAR, 1, -1),
    NATIVE("difference", set_difference_m, MK_VAR, 1, -1),
    NATIVE("symmetric_difference", set_symdiff_m, MK_FIXED, 2, 2),
    NATIVE("issubset", set_issubset_m, MK_FIXED, 2, 2),
    NATIVE("issuperset", set_issuperset_m, MK_FIXED, 2, 2),
    NATIVE("isdisjoint", set_isdisjoint_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
type_t set_type = { { &type_type }, "set", TF_BASETYPE, sizeof(set_t), .repr = set_repr, .compare = set_compare,
    .binary = set_binary, .len = set_len, .contains = set_contains, .iter = set_iter,
    .make = set_make, .methods = set_methods, .base_type = &object_type };
type_t frozenset_type = { { &type_type }, "frozenset", TF_BASETYPE, sizeof(set_t), .repr = set_repr,
    .hash = frozenset_hash, .compare = set_compare, .binary = set_binary, .len = set_len,
    .contains = set_contains, .iter = set_iter, .make = set_make,
    .methods = frozenset_methods, .base_type = &object_type };
