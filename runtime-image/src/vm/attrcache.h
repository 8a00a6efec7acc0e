/* attrcache.h — the hit tests of attrcache.c's inline caches (LOAD_ATTR, STORE_ATTR, LOAD_METHOD),
 * as static inlines shared by attrcache.c and vm_loop: a hit costs a few compares and a load in
 * the handler itself, and only a miss calls out (attr_*_miss, attrcache.c, noinline). What a
 * record means and why these checks suffice is explained at the top of attrcache.c. */
#ifndef RIVET_ATTRCACHE_H
#define RIVET_ATTRCACHE_H
#include "vm.h"
#include "select.h"

val_t attr_load_miss(inline_cache_t *r, val_t obj, val_t name);
void attr_store_miss(inline_cache_t *r, val_t obj, val_t name, val_t value);
val_t attr_method_miss(inline_cache_t *r, val_t obj, val_t name);

/* plain: 0 no fast path, 1 plain user type (instance dict), 2 builtin type (LOAD_METHOD), 3 plain
 * user type with a slot layout (layout.c; entry is the name's layout index, 0xFFFF: none). A
 * record is filled for one type at one epoch by fill(), which refuses types without
 * user_getattr_slot and refuses everything once vm_attr_cache_off is set (type_getattr bumps
 * the epoch when it sets it). Only a plain-3 record stores the epoch as it is: the others store
 * it with EPOCH_OTHER set, so type and epoch alone say "slot layout, still valid" on the hit
 * paths (a plain-2 record has epoch 0; vm_type_epoch starts at 1 and stays below EPOCH_OTHER). */
#define EPOCH_OTHER 0x80000000u
static inline bool attr_slot_hit(const inline_cache_t *r, const type_t *t) {
    return r->type == t && r->epoch == vm_type_epoch;
}
/* the record was filled for t at the current epoch, whatever it found */
static inline bool attr_record_hit(const inline_cache_t *r, const type_t *t) {
    return r->type == t && (r->epoch & ~EPOCH_OTHER) == vm_type_epoch;
}

/* The hit tests below are branch-free up to one final test: on the board every branch ends a
 * translation block, which costs more than the few extra instructions (docs/performance.md,
 * session 5). Choices are conditional moves (select.h), and what the tests read comes from stand-in
 * objects when there is nothing real to read: `attr_no_site`, a record that matches no type, for
 * code without cache records, and `attr_stub`, an "instance" with no slots, no room and a dict,
 * for a small int (no object to read) and for an object the record does not describe (whose
 * memory may be too short to read nslots from). */
extern const inline_cache_t attr_no_site;
extern const sinst_t attr_stub;

/* the site's record, or attr_no_site when the code has no records (SITE() gives NULL then) */
static inline const inline_cache_t *attr_site(inline_cache_t *cache, uint32_t i) {
    uintptr_t r = (uintptr_t)cache + i * sizeof(inline_cache_t);
    return (const inline_cache_t *)sel_nonzero(r, (uintptr_t)cache, (uintptr_t)&attr_no_site);
}
/* obj itself, or attr_stub for a small int: something with a type word to compare */
static inline const obj_t *attr_obj(val_t obj) {
    return (const obj_t *)sel_even(obj, obj, (uintptr_t)&attr_stub);
}
/* p as a slot instance when r is a slot-layout record for its type at this epoch, else the stub */
static inline sinst_t *attr_slot_obj(const inline_cache_t *r, const obj_t *p) {
    uintptr_t o = sel_eq((uintptr_t)p, (uintptr_t)r->type, (uintptr_t)p->type, (uintptr_t)&attr_stub);
    return (sinst_t *)sel_eq(o, r->epoch, vm_type_epoch, (uintptr_t)&attr_stub);
}

/* LOAD_ATTR's hit: the slot below nslots that holds the name (a slot-mode instance's first
 * nslots slots are all set), else NULL (the caller then saves ip and calls attr_load_miss) */
static inline const val_t *attr_load_hit(const inline_cache_t *r, val_t obj) {
    const sinst_t *o = attr_slot_obj(r, attr_obj(obj));
    uint32_t e = r->entry;
    return __builtin_expect(e < o->nslots, 1) ? &o->slots[e] : NULL;
}
static inline val_t attr_load(inline_cache_t *r, val_t obj, val_t name) {
    const val_t *p = r ? attr_load_hit(r, obj) : NULL;
    return p ? *p : attr_load_miss(r, obj, name);
}

/* STORE_ATTR's hit: a slot below nslots is replaced, the slot at nslots appended (the layout's
 * next name, with room left: a dict-mode instance, and the stub, have capslots 0); false:
 * attr_store_miss. One test for both: e <= nslots and e < capslots. */
static inline bool attr_store_hit(const inline_cache_t *r, val_t obj, val_t value) {
    sinst_t *o = attr_slot_obj(r, attr_obj(obj));
    uint32_t e = r->entry, n = o->nslots, cap = o->capslots;
    /* e <= n && e < cap as one test: e below min(n + 1, cap) (n <= cap always) */
    uint32_t lim = (uint32_t)sel_below(n + 1, n, cap, cap);
    if (__builtin_expect(e < lim, 1)) {
        o->slots[e] = value;
        o->nslots = n + (e == n);
        return true;
    }
    return false;
}
static inline void attr_store(inline_cache_t *r, val_t obj, val_t name, val_t value) {
    if (!r || !attr_store_hit(r, obj, value)) attr_store_miss(r, obj, name, value);
}

/* LOAD_METHOD's hit: the class's function when the instance does not shadow it (a slot-mode
 * instance shadows it only with a slot below nslots, so it must have no dict and nslots <= the
 * name's layout index), or a builtin type's method (plain == 2, no epoch: builtin type dicts
 * never change); else MISSING (attr_method_miss). A plain-3 record with no function has method
 * MISSING, which is the miss answer anyway. Two tests before the instance's: a builtin type's
 * method (d.get, xs.append) is then found without the instance test's conditional moves. */
static inline val_t attr_method_hit(const inline_cache_t *r, val_t obj) {
    const obj_t *p = attr_obj(obj);
    if (r->type != p->type) return MISSING;
    if (r->plain == 2) return r->method;
    /* a plain-3 record at this epoch (the only records whose epoch can match) describes p, a
     * slot instance; else the stub, whose dict word fails the test: no dict, and the name's
     * layout index at or past nslots */
    const sinst_t *o = (const sinst_t *)sel_eq((uintptr_t)p, r->epoch, vm_type_epoch, (uintptr_t)&attr_stub);
    uintptr_t m = sel_eq(r->method, o->dict, MISSING, MISSING);
    return sel_below(MISSING, r->entry, o->nslots, m);
}
static inline val_t attr_method(inline_cache_t *r, val_t obj, val_t name) {
    val_t m = r ? attr_method_hit(r, obj) : MISSING;
    return m ? m : attr_method_miss(r, obj, name);
}

#endif
