/* dict.c — dict: insertion-ordered entries plus an open-addressing index (like CPython's compact
 * dict, so iteration order matches CPython's), the interned-string fast path, views, methods. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"

#define EMPTY (-1)
#define DELETED (-2)
extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);

/* The index has at least 1.5 slots per entry. Entries and index are two allocations, except in
 * instance dicts (dict_new_sized), where they share one, entries first (d->entries is its head
 * pointer and keeps it alive; d->index points inside it): one gc_alloc less per instance. A resize
 * frees the old entries either way (with the index too when they shared). All dicts could share
 * (dicts.py: -7% instructions), but that moves the heap layout under the deliberate #2963
 * reproduction (GcRaceTest's --gc-at 200 then faults elsewhere), so generic dicts keep theirs. */
static size_t index_size_for(size_t cap) {
    size_t isize = cap <= 2 ? 4 : 8;
    while (isize * 2 < cap * 3) isize *= 2;
    return isize;
}
static void dict_alloc_tables(dict_t *d, size_t cap) {
    size_t isize = index_size_for(cap);
    d->cap = cap;
    d->entries = gc_alloc(cap * sizeof(dict_entry_t));
    d->index = gc_alloc(isize * sizeof(int32_t));
    memset_(d->index, 0xFF, isize * sizeof(int32_t));
    d->mask = isize - 1;
}
static void dict_alloc_tables_shared(dict_t *d, size_t cap) {
    size_t isize = index_size_for(cap), ebytes = cap * sizeof(dict_entry_t);
    char *mem = gc_alloc(ebytes + isize * sizeof(int32_t));
    d->cap = cap;
    d->entries = (dict_entry_t *)mem;
    d->index = (int32_t *)(mem + ebytes);
    memset_(d->index, 0xFF, isize * sizeof(int32_t));
    d->mask = isize - 1;
}
/* A new dict gets its tables on its first insertion: until then entries is NULL, cap and
 * nentries 0 and the index this one-slot empty table that nothing ever writes (every write path
 * checks nentries < cap first). `{}` that stays empty, or is only read, allocates one block. */
static const int32_t no_index[1] = { EMPTY };
val_t dict_new(void) {
    dict_t *d = new_obj(&dict_type, sizeof(dict_t));
    d->index = (int32_t *)no_index;
    return V(d);
}
/* an instance dict with room for n entries before its first resize (the class's count) */
val_t dict_new_sized(size_t n) {
    dict_t *d = new_obj(&dict_type, sizeof(dict_t));
    dict_alloc_tables_shared(d, n ? n : 1);
    return V(d);
}

/* The bytes of two strs of the same length n: whole words, then the last word loaded so that
 * it ends at the last byte. A str's data follows a 26-byte header, so for n < 8 that word starts
 * inside the header and the header bytes are shifted out: every load stays inside both objects
 * (no byte loop, no memcmp call; keys are short). */
static inline bool str_bytes_equal(const str_t *x, const str_t *y, size_t n) {
    _Static_assert(offsetof(str_t, data) >= 8, "the tail word of a short str starts in its header");
    const char *a = x->data, *b = y->data;
    uint64_t p, q;
    if (n == 0) return true;
    if (n < 8) {
        memcpy_(&p, a + n - 8, 8);
        memcpy_(&q, b + n - 8, 8);
        return ((p ^ q) >> ((8 - n) * 8)) == 0;
    }
    for (size_t i = 0; i + 8 < n; i += 8) {
        memcpy_(&p, a + i, 8);
        memcpy_(&q, b + i, 8);
        if (p != q) return false;
    }
    memcpy_(&p, a + n - 8, 8);
    memcpy_(&q, b + n - 8, 8);
    return p == q;
}

/* 1: k and key (another object with the same hash) are equal exact strs, 0: they are exact strs
 * and differ (interned pairs always differ), -1: not both exact strs, obj_eq must decide */
static inline int str_key_eq(val_t k, val_t key) {
    if (!IS_STR(k) || !IS_STR(key)) return -1;
    const str_t *x = STR(k), *y = STR(key);
    return !(x->interned && y->interned) && x->len == y->len && str_bytes_equal(x, y, x->len);
}

/* str_key_eq for a key that is a str (never a small int: the string paths read its hash): the
 * same answers in fewer tests, for dicts.py's keys built at run time. No interned shortcut (two
 * interned strs with one hash are told apart by their bytes as well), and the length and
 * code-point count are compared as one word; a short key's bytes as one word too. */
static inline int str_entry_eq(val_t k, val_t key) {
    if (IS_SMALL(k) || OBJ(k)->type != &str_type || OBJ(key)->type != &str_type) return -1;
    const str_t *x = STR(k), *y = STR(key);
    uint64_t lx, ly;
    memcpy_(&lx, &x->len, 8);   /* len and nchars */
    memcpy_(&ly, &y->len, 8);
    if (lx != ly) return 0;
    size_t n = x->len;
    if (n < 8) {   /* n == 0 too: the double shift drops all 64 bits */
        uint64_t p, q;
        memcpy_(&p, x->data + n - 8, 8);
        memcpy_(&q, y->data + n - 8, 8);
        return ((p ^ q) >> 1 >> ((8 - n) * 8 - 1)) == 0;
    }
    return str_bytes_equal(x, y, n);
}

/* exact tuples of one length whose items are the same objects are equal (containers compare
 * items by identity first, as CPython's do), without obj_eq's generic compare: tuple keys
 * such as (x, y) of small ints */
static inline bool same_items(val_t a, val_t b) {
    if (!IS_TUPLE(a) || !IS_TUPLE(b) || TUPLE(a)->len != TUPLE(b)->len) return false;
    for (size_t i = 0, n = TUPLE(a)->len; i < n; i++) if (TUPLE(a)->items[i] != TUPLE(b)->items[i]) return false;
    return true;
}

/* The probe sequence (CPython's: i = 5i + 1 + perturb, perturb >>= 5) is split in two. The inline
 * part settles every slot that needs no real comparison: empty, deleted, the very same object,
 * another hash. An entry with the key's hash but another object (a run-time built string, a
 * tuple, an int equal to a float...) hands the probe, where it stands, to probe_from, which
 * compares for real (obj_eq may run Python code, so it is kept out of the callers' hot loops). */
__attribute__((noinline)) static size_t probe_from(dict_t *d, val_t key, intptr_t h, size_t i, size_t perturb,
                                                   size_t first_deleted, bool *found) {
    for (;;) {
        int32_t e = d->index[i];
        if (e == EMPTY) { *found = false; return first_deleted != (size_t)-1 ? first_deleted : i; }
        if (e == DELETED) { if (first_deleted == (size_t)-1) first_deleted = i; }
        else {
            dict_entry_t *en = &d->entries[e];
            if (en->key == key) { *found = true; return i; }
            if (en->hash == h) {
                val_t k = en->key;
                int eq = str_key_eq(k, key);
                if (eq < 0) eq = same_items(k, key) || obj_eq(k, key);
                if (eq) { *found = true; return i; }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

/* index slot of key, or the slot where it would go (*found false) */
static inline size_t dict_probe(dict_t *d, val_t key, intptr_t h, bool *found) {
    const int32_t *index = d->index;
    const dict_entry_t *ents = d->entries;
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    size_t first_deleted = (size_t)-1;
    for (;;) {
        int32_t e = index[i];
        if (e == EMPTY) { *found = false; return first_deleted != (size_t)-1 ? first_deleted : i; }
        if (e == DELETED) { if (first_deleted == (size_t)-1) first_deleted = i; }
        else if (ents[e].key == key) { *found = true; return i; }
        else if (ents[e].hash == h) {   /* tuples of the same items match here, without the call */
            if (same_items(ents[e].key, key)) { *found = true; return i; }
            return probe_from(d, key, h, i, perturb, first_deleted, found);
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void dict_resize(dict_t *d, size_t need) {
    dict_entry_t *old = d->entries;
    size_t n = d->nentries;
    size_t cap = need < 8 ? 8 : need;
    dict_alloc_tables(d, cap);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        d->entries[w] = old[i];
        size_t j = (size_t)old[i].hash & d->mask, perturb = (size_t)old[i].hash;
        while (d->index[j] != EMPTY) { perturb >>= 5; j = (j * 5 + perturb + 1) & d->mask; }
        d->index[j] = (int32_t)w;
        w++;
    }
    d->nentries = w;
    gc_free(old);
}

/* ROM dicts (rom.h): entries in flash, marked by cap 0 < nentries. Before the first write the
 * entries are copied to the heap; from then on the dict is an ordinary one. */
static inline void dict_unshare(dict_t *d) {
    if (__builtin_expect(d->cap < d->nentries, 0)) dict_resize(d, d->nentries);
}
void dict_init_rom(dict_t *d, const dict_entry_t *entries, size_t n, int32_t *index, size_t index_size) {
    d->entries = (dict_entry_t *)entries;
    d->used = d->nentries = n;
    d->cap = 0;
    d->index = index;
    d->mask = index_size - 1;
    memset_(index, 0xFF, index_size * sizeof(int32_t));
    for (size_t e = 0; e < n; e++) {
        size_t j = (size_t)entries[e].hash & d->mask, perturb = (size_t)entries[e].hash;
        while (index[j] != EMPTY) { perturb >>= 5; j = (j * 5 + perturb + 1) & d->mask; }
        index[j] = (int32_t)e;
    }
    gc_add_root((val_t *)&d->entries);   /* heap tables once a write has copied them */
    gc_add_root((val_t *)&d->index);
}

/* the rest of a string-key lookup that met an entry with the key's hash but another object
 * (slot i): strs compare here (a key built at run time finds its equal), anything else in
 * probe_from. Out of line, so the callers' pointer-hit paths save no registers. */
__attribute__((noinline)) static dict_entry_t *find_from(dict_t *d, val_t key, intptr_t h, size_t i, size_t perturb) {
    const int32_t *index = d->index;
    dict_entry_t *ents = d->entries;
    size_t mask = d->mask;
    for (;;) {
        int32_t e = index[i];
        if (e == EMPTY) return NULL;
        if (e >= 0) {
            if (ents[e].key == key) return &ents[e];
            if (ents[e].hash == h) {
                int eq = str_entry_eq(ents[e].key, key);
                if (eq > 0) return &ents[e];
                if (eq < 0) {
                    bool found;
                    i = probe_from(d, key, h, i, perturb, (size_t)-1, &found);
                    return found ? &d->entries[d->index[i]] : NULL;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline dict_entry_t *find_str(dict_t *d, val_t key);
/* a str whose hash was never asked for (built at run time): hash it (cached in the str), then
 * the usual probe */
__attribute__((noinline)) static dict_entry_t *find_unhashed(dict_t *d, val_t key) {
    str_hash(key);
    return find_str(d, key);
}

/* The entry holding the string key (NULL: absent). Interned names hit by pointer on the first
 * probe; any other string (or a str subclass key) with the same hash is compared for real. The
 * hit path calls nothing, so it needs no saved registers. */
static inline dict_entry_t *find_str(dict_t *d, val_t key) {
    if (d->used == 0) return NULL;
    intptr_t h = STR(key)->hash;
    if (h == -1) return find_unhashed(d, key);
    const int32_t *index = d->index;
    dict_entry_t *ents = d->entries;
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t e = index[i];
        if (e == EMPTY) return NULL;
        if (e >= 0) {
            if (ents[e].key == key) return &ents[e];
            if (ents[e].hash == h) return find_from(d, key, h, i, perturb);
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}
/* The entry number of the string key (-1: absent), for the VM's inline caches: an entry keeps its
 * number until the dict is resized, and a cached number is only used after checking that the
 * entry still holds this very key. */
intptr_t dict_find_str(val_t dv, val_t key) {
    dict_t *d = DICT(dv);
    dict_entry_t *en = find_str(d, key);
    return en ? en - d->entries : -1;
}
/* any str key (interned names, strings built at run time): no generic hash or compare calls */
val_t dict_get_str(val_t dv, val_t key) {
    dict_entry_t *en = find_str(DICT(dv), key);
    return en ? en->value : MISSING;
}
val_t dict_get(val_t dv, val_t key) {
    dict_t *d = DICT(dv);
    if (d->used == 0) return MISSING;
    if (IS_STR(key)) return dict_get_str(dv, key);
    bool found;
    size_t i = dict_probe(d, key, obj_hash(key), &found);
    return found ? d->entries[d->index[i]].value : MISSING;
}

/* Appends the entry and points index slot i (free, with room in both tables) at it. */
static inline intptr_t append_entry(dict_t *d, val_t key, intptr_t h, val_t value, size_t i) {
    size_t e = d->nentries++;
    d->entries[e].key = key;
    d->entries[e].value = value;
    d->entries[e].hash = h;
    d->index[i] = (int32_t)e;
    d->used++;
    return (intptr_t)e;
}

/* Writes value for key at index slot i found by dict_probe; returns the entry number. */
static intptr_t dict_put_at(dict_t *d, val_t key, intptr_t h, val_t value, size_t i, bool found) {
    if (found) { int32_t e = d->index[i]; d->entries[e].value = value; return e; }
    if (!d->entries) {   /* the first insertion into a new dict (dict_new) */
        dict_alloc_tables(d, 5);
        i = dict_probe(d, key, h, &found);
    } else if (d->nentries >= d->cap) {
        dict_resize(d, d->used + d->used / 2 + 2 < d->cap ? d->cap : d->used + d->used / 2 + 2);
        i = dict_probe(d, key, h, &found);
    }
    if ((d->nentries + 1) * 3 > (d->mask + 1) * 2) {
        dict_resize(d, d->cap * 2);
        i = dict_probe(d, key, h, &found);
    }
    return append_entry(d, key, h, value, i);
}

/* a str key known to be absent: insert it (in the first free index slot of its probe sequence
 * when the tables have room, as dict_put_at would) */
__attribute__((noinline)) static intptr_t dict_add_str(dict_t *d, val_t key, val_t value) {
    intptr_t h = str_hash(key);   /* cached in the str after the first time */
    if (d->nentries < d->cap && (d->nentries + 1) * 3 <= (d->mask + 1) * 2) {
        size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
        while (d->index[i] >= 0) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
        return append_entry(d, key, h, value, i);
    }
    bool found;
    size_t i = dict_probe(d, key, h, &found);
    return dict_put_at(d, key, h, value, i, found);
}

/* dict_set for a str key (instance attributes, STORE_NAME/STORE_GLOBAL, string-keyed tables):
 * the cached hash, one probe; returns the entry number the key now has. */
intptr_t dict_store_str(val_t dv, val_t key, val_t value) {
    dict_t *d = DICT(dv);
    dict_unshare(d);  /* a ROM dict's entries are in flash: copy them before writing in place */
    intptr_t h = STR(key)->hash;
    if (h != -1) {
        /* one probe finds the key by pointer, or the slot to insert it in */
        int32_t *index = d->index;
        dict_entry_t *ents = d->entries;
        size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h, free_slot = (size_t)-1;
        for (;;) {
            int32_t e = index[i];
            if (e == EMPTY) {
                size_t n = d->nentries;
                if (n >= d->cap || (n + 1) * 3 > (mask + 1) * 2) return dict_add_str(d, key, value);
                d->nentries = n + 1;
                ents[n].key = key;
                ents[n].value = value;
                ents[n].hash = h;
                index[free_slot != (size_t)-1 ? free_slot : i] = (int32_t)n;
                d->used++;
                return (intptr_t)n;
            }
            if (e == DELETED) { if (free_slot == (size_t)-1) free_slot = i; }
            else if (ents[e].key == key) { ents[e].value = value; return e; }
            else if (ents[e].hash == h) {   /* a real comparison: strs here, else from this slot on */
                int eq = str_entry_eq(ents[e].key, key);
                if (eq > 0) { ents[e].value = value; return e; }
                if (eq == 0) goto next;
                dict_entry_t *en = find_from(d, key, h, i, perturb);
                if (en) { en->value = value; return en - d->entries; }
                return dict_add_str(d, key, value);
            }
        next:
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    dict_entry_t *en = find_str(d, key);
    if (en) { en->value = value; return en - d->entries; }
    return dict_add_str(d, key, value);
}
void dict_set_str(val_t dv, val_t key, val_t value) { dict_store_str(dv, key, value); }

void dict_set(val_t dv, val_t key, val_t value) {
    if (IS_STR(key)) { dict_store_str(dv, key, value); return; }
    dict_t *d = DICT(dv);
    dict_unshare(d);
    intptr_t h = obj_hash(key);
    bool found;
    size_t i = dict_probe(d, key, h, &found);
    dict_put_at(d, key, h, value, i, found);
}
bool dict_del(val_t dv, val_t key) {
    dict_t *d = DICT(dv);
    dict_unshare(d);
    if (d->used == 0) return false;
    bool found;
    size_t i = dict_probe(d, key, obj_hash(key), &found);
    if (!found) return false;
    dict_entry_t *en = &d->entries[d->index[i]];
    en->key = MISSING; en->value = MISSING;
    d->index[i] = DELETED;
    d->used--;
    return true;
}
val_t dict_iternext_entry(val_t dv, size_t *pos, val_t *value) {
    dict_t *d = DICT(dv);
    while (*pos < d->nentries) {
        dict_entry_t *en = &d->entries[(*pos)++];
        if (en->key) { if (value) *value = en->value; return en->key; }
    }
    return MISSING;
}
val_t dict_copy(val_t dv) {
    val_t r = dict_new();
    size_t pos = 0; val_t k, v;
    while ((k = dict_iternext_entry(dv, &pos, &v))) dict_set(r, k, v);
    return r;
}

static val_t dict_repr(val_t dv) {
    vm_check_stack();
    sbuf_t b; sb_init(&b, 16);
    sb_addc(&b, '{');
    size_t pos = 0; val_t k, v; bool first = true;
    while ((k = dict_iternext_entry(dv, &pos, &v))) {
        if (!first) sb_add(&b, ", ", 2);
        first = false;
        sb_add_repr(&b, k); sb_add(&b, ": ", 2); sb_add_repr(&b, v);
    }
    sb_addc(&b, '}');
    return sb_finish(&b);
}
static val_t dict_compare(int op, val_t a, val_t b) {
    if (!isinstance_of(b, &dict_type) || (op != CMP_EQ && op != CMP_NE)) return MISSING;
    bool eq = DICT(a)->used == DICT(b)->used;
    size_t pos = 0; val_t k, v;
    while (eq && (k = dict_iternext_entry(a, &pos, &v))) {
        val_t w = dict_get(b, k);
        if (!w || !obj_eq(v, w)) eq = false;
    }
    return BOOL(op == CMP_EQ ? eq : !eq);
}
static val_t dict_subscr(val_t dv, val_t key, val_t value) {
    if (value == SUBSCR_LOAD) {
        val_t r = dict_get(dv, key);
        if (r) return r;
        if (type_of(dv) != &dict_type) {
            val_t self, m = lookup_method(dv, N___missing__, &self);
            if (m) return call2(m, dv, key);
        }
        raise(exc_new(&KeyError_type, tuple_new(1, &key)));
    }
    if (value == SUBSCR_DEL) {
        if (!dict_del(dv, key)) raise(exc_new(&KeyError_type, tuple_new(1, &key)));
        return TRUE_V;
    }
    dict_set(dv, key, value);
    return TRUE_V;
}
static intptr_t dict_len(val_t d) { return (intptr_t)DICT(d)->used; }
static int dict_contains(val_t d, val_t k) { return dict_get(d, k) != MISSING; }

/* views and iterators: kind 0 keys, 1 values, 2 items */
/* left counts the entries still expected (CPython's di_len): an entry found after it reaches 0
 * means keys were deleted and re-added during iteration with the size unchanged. */
typedef struct { obj_t base; val_t dict; size_t pos; int kind; size_t used_at_start; size_t left; } dictit_t;
typedef struct { obj_t base; val_t dict; int kind; } dictview_t;
type_t dict_iter_type;
static val_t dict_iter_kind(val_t d, int kind) {
    dictit_t *it = new_obj(&dict_iter_type, sizeof(dictit_t));
    it->dict = d; it->kind = kind; it->used_at_start = it->left = DICT(d)->used;
    return V(it);
}
static val_t dict_iter(val_t d) { return dict_iter_kind(d, 0); }
static val_t dict_iter_next(val_t v) {
    dictit_t *it = (dictit_t *)v;
    if (DICT(it->dict)->used != it->used_at_start) {
        it->used_at_start = DICT(it->dict)->used;
        raise_msg(&RuntimeError_type, "dictionary changed size during iteration");
    }
    val_t val, k = dict_iternext_entry(it->dict, &it->pos, &val);
    if (!k) return MISSING;
    if (it->left == 0) raise_msg(&RuntimeError_type, "dictionary keys changed during iteration");
    it->left--;
    if (it->kind == 0) return k;
    if (it->kind == 1) return val;
    val_t pair[2] = { k, val };
    return tuple_new(2, pair);
}
static val_t iter_self(val_t v) { return v; }
type_t dict_iter_type = { { &type_type }, "dict_keyiterator", 0, sizeof(dictit_t), .iter = iter_self, .iternext = dict_iter_next };

static const char *view_names[] = { "dict_keys", "dict_values", "dict_items" };
static val_t view_repr(val_t v) {
    dictview_t *dv = (dictview_t *)v;
    val_t l = list_from_iter(v);
    return str_printf("%s(%R)", view_names[dv->kind], l);
}
static val_t view_iter(val_t v) { return dict_iter_kind(((dictview_t *)v)->dict, ((dictview_t *)v)->kind); }
static intptr_t view_len(val_t v) { return (intptr_t)DICT(((dictview_t *)v)->dict)->used; }
static int view_contains(val_t v, val_t x) {
    dictview_t *dv = (dictview_t *)v;
    if (dv->kind == 0) return dict_get(dv->dict, x) != MISSING;
    if (dv->kind == 2) {
        if (!IS_TUPLE(x) || TUPLE(x)->len != 2) return 0;
        val_t w = dict_get(dv->dict, TUPLE(x)->items[0]);
        return w && obj_eq(w, TUPLE(x)->items[1]);
    }
    return -1;
}
static val_t view_binary(int op, val_t a, val_t b) {
    /* keys views behave like sets for & | - ^ */
    if (((dictview_t *)a)->kind == 1) return MISSING;
    val_t s = set_new(&set_type);
    extern val_t set_update_v(val_t s, val_t it);
    set_update_v(s, a);
    return obj_binary(op & 15, s, b);
}
static val_t view_compare(int op, val_t a, val_t b) {
    if (((dictview_t *)a)->kind == 1 || (op != CMP_EQ && op != CMP_NE)) return MISSING;
    extern val_t set_update_v(val_t s, val_t it);
    val_t s = set_new(&set_type); set_update_v(s, a);
    val_t t = set_new(&set_type); set_update_v(t, b);
    return obj_compare(op, s, t);
}
/* one type record per kind, as CPython's (type(d.keys()).__name__ is 'dict_keys'), same slots */
#define VIEW_TYPE(var, name) type_t var = { { &type_type }, name, 0, sizeof(dictview_t), .repr = view_repr, \
    .iter = view_iter, .len = view_len, .contains = view_contains, .binary = view_binary, .compare = view_compare };
VIEW_TYPE(dictview_type, "dict_keys")
VIEW_TYPE(dict_values_type, "dict_values")
VIEW_TYPE(dict_items_type, "dict_items")
static type_t *const view_types[] = { &dictview_type, &dict_values_type, &dict_items_type };
bool is_dict_view(val_t v) { const type_t *t = type_of(v); return t == &dictview_type || t == &dict_values_type || t == &dict_items_type; }
static val_t view_new(val_t d, int kind) {
    dictview_t *v = new_obj(view_types[kind], sizeof(dictview_t));
    v->dict = d; v->kind = kind;
    return V(v);
}

/* ---- updating ---- */
val_t dict_update_v(val_t d, val_t other) {
    if (isinstance_of(other, &dict_type)) {
        size_t pos = 0; val_t k, v;
        while ((k = dict_iternext_entry(other, &pos, &v))) dict_set(d, k, v);
        return NONE;
    }
    val_t keys = obj_getattr_opt(other, N_keys);
    if (keys) {
        val_t it = obj_iter(call0(keys)), k;
        while ((k = obj_next(it))) dict_set(d, k, obj_getitem(other, k));
        return NONE;
    }
    val_t it = obj_iter(other), item;
    intptr_t n = 0;
    while ((item = obj_next(it))) {
        val_t l = list_from_iter(item);
        if (LIST(l)->len != 2)
            raise_msg(&ValueError_type, "dictionary update sequence element #%d has length %d; 2 is required", (int)n, (int)LIST(l)->len);
        dict_set(d, LIST(l)->items[0], LIST(l)->items[1]);
        n++;
    }
    return NONE;
}
val_t dict_merge_call(val_t d, val_t other, val_t fn) {
    if (!isinstance_of(other, &dict_type)) {
        if (!obj_getattr_opt(other, N_keys)) {
            val_t qn = obj_getattr_opt(fn, N___qualname__);
            raise_type_error("%S() argument after ** must be a mapping, not %s", qn ? qn : str_from_c("function"), type_name(other));
        }
        val_t tmp = dict_new(); dict_update_v(tmp, other); other = tmp;
    }
    size_t pos = 0; val_t k, v;
    while ((k = dict_iternext_entry(other, &pos, &v))) {
        if (dict_get(d, k)) {
            val_t qn = obj_getattr_opt(fn, N___qualname__);
            if (is_type(fn, &function_type) && ((function_t *)fn)->module && IS_STR(((function_t *)fn)->module))
                qn = str_printf("%S.%S", ((function_t *)fn)->module, qn);
            raise_type_error("%S() got multiple values for keyword argument '%S'", qn ? qn : str_from_c("function"), k);
        }
        dict_set(d, k, v);
    }
    return NONE;
}
static val_t dict_make(const type_t *t, int npos, int nkw, const val_t *args) {
    if (npos > 1) raise_type_error("dict expected at most 1 argument, got %d", npos);
    val_t d = dict_new();
    if (t != &dict_type) OBJ(d)->type = t;
    if (npos) dict_update_v(d, args[0]);
    for (int i = 0; i < nkw; i++) dict_set(d, TUPLE(args[npos + nkw])->items[i], args[npos + i]);
    return d;
}

/* dict.__init__: update from a mapping or pairs and keywords (dict.__new__ ignores its arguments) */
static val_t dict_init_m(int npos, int nkw, const val_t *args) {
    if (npos > 2) raise_type_error("dict expected at most 1 argument, got %d", npos - 1);
    if (npos == 2) dict_update_v(args[0], args[1]);
    for (int i = 0; i < nkw; i++) dict_set(args[0], TUPLE(args[npos + nkw])->items[i], args[npos + i]);
    return NONE;
}
static val_t dict_keys_m(val_t self) { return view_new(self, 0); }
static val_t dict_values_m(val_t self) { return view_new(self, 1); }
static val_t dict_items_m(val_t self) { return view_new(self, 2); }
static val_t dict_get_m(val_t self, val_t k, val_t dflt) { val_t r = dict_get(self, k); return r ? r : (dflt ? dflt : NONE); }
static val_t dict_setdefault_m(val_t self, val_t k, val_t dflt) {
    val_t r = dict_get(self, k);
    if (r) return r;
    dict_set(self, k, dflt ? dflt : NONE);
    return dflt ? dflt : NONE;
}
static val_t dict_pop_m(val_t self, val_t k, val_t dflt) {
    val_t r = dict_get(self, k);
    if (r) { dict_del(self, k); return r; }
    if (dflt) return dflt;
    raise(exc_new(&KeyError_type, tuple_new(1, &k)));
}
static val_t dict_popitem_m(val_t self) {
    dict_t *d = DICT(self);
    for (size_t i = d->nentries; i > 0; i--) {
        dict_entry_t *en = &d->entries[i - 1];
        if (en->key) {
            val_t pair[2] = { en->key, en->value };
            dict_del(self, en->key);
            return tuple_new(2, pair);
        }
    }
    raise_msg(&KeyError_type, "popitem(): dictionary is empty");
}
static val_t dict_clear_m(val_t self) {
    dict_t *d = DICT(self);
    dict_alloc_tables(d, 5);
    d->used = 0; d->nentries = 0;
    return NONE;
}
static val_t dict_copy_m(val_t self) { return dict_copy(self); }
static val_t dict_update_m(int npos, int nkw, const val_t *args) {
    if (npos > 2) raise_type_error("update expected at most 1 argument, got %d", npos - 1);
    if (npos == 2) dict_update_v(args[0], args[1]);
    for (int i = 0; i < nkw; i++) dict_set(args[0], TUPLE(args[npos + nkw])->items[i], args[npos + i]);
    return NONE;
}
static val_t dict_fromkeys_m(int n, const val_t *args) {
    if (n < 2 || n > 3) raise_type_error("fromkeys expected 1 or 2 arguments");
    val_t d = dict_new();
    if (is_type(args[0], &type_type) && TYPE(args[0]) != &dict_type) OBJ(d)->type = TYPE(args[0]);
    val_t it = obj_iter(args[1]), k;
    while ((k = obj_next(it))) dict_set(d, k, n == 3 ? args[2] : NONE);
    return d;
}
static val_t dict_binary(int op, val_t a, val_t b) {
    if ((op & 15) == OP_OR && !(op & 32) && isinstance_of(b, &dict_type)) {
        val_t r = dict_copy(a);
        dict_update_v(r, b);
        return r;
    }
    return MISSING;
}
static const method_def_t dict_methods[] = {
    NATIVE("__init__", dict_init_m, MK_KW, 1, -1),
    NATIVE("keys", dict_keys_m, MK_FIXED, 1, 1),
    NATIVE("values", dict_values_m, MK_FIXED, 1, 1),
    NATIVE("items", dict_items_m, MK_FIXED, 1, 1),
    NATIVE("get", dict_get_m, MK_FIXED, 2, 3),
    NATIVE("setdefault", dict_setdefault_m, MK_FIXED, 2, 3),
    NATIVE("pop", dict_pop_m, MK_FIXED, 2, 3),
    NATIVE("popitem", dict_popitem_m, MK_FIXED, 1, 1),
    NATIVE("clear", dict_clear_m, MK_FIXED, 1, 1),
    NATIVE("copy", dict_copy_m, MK_FIXED, 1, 1),
    NATIVE("update", dict_update_m, MK_KW, 1, -1),
    NATIVE("fromkeys", dict_fromkeys_m, MK_CLASS_VAR, 2, 3),
    NATIVE_END,
};
type_t dict_type = { { &type_type }, "dict", TF_BASETYPE, sizeof(dict_t), .repr = dict_repr,
    .compare = dict_compare, .binary = dict_binary, .subscr = dict_subscr, .len = dict_len,
    .contains = dict_contains, .iter = dict_iter, .make = dict_make,
    .methods = dict_methods, .base_type = &object_type };
