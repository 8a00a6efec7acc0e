/* attrcache.h — the hit tests of attrcache.c's inline caches (LOAD_ATTR, STORE_ATTR, LOAD_METHOD),
 * as static inlines shared by attrcache.c and vm_loop: a hit costs a few compares and a load in
 * the handler itself, and only a miss calls out (attr_*_miss, attrcache.c, noinline). What a
 * record means and why these checks suffice is explained at the top of attrcache.c. */
#ifndef RIVET_ATTRCACHE_H
#define RIVET_ATTRCACHE_H
#include "vm.h"

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

/* LOAD_ATTR's hit: the slot below nslots that holds the name (a slot-mode instance's first
 * nslots slots are all set), else NULL (the caller then saves ip and calls attr_load_miss) */
static inline const val_t *attr_load_hit(const inline_cache_t *r, val_t obj) {
    if (__builtin_expect(r != NULL && !IS_SMALL(obj), 1) && attr_slot_hit(r, OBJ(obj)->type)) {
        const sinst_t *o = (const sinst_t *)obj;
        if (r->entry < o->nslots) return &o->slots[r->entry];
    }
    return NULL;
}
static inline val_t attr_load(inline_cache_t *r, val_t obj, val_t name) {
    const val_t *p = attr_load_hit(r, obj);
    return p ? *p : attr_load_miss(r, obj, name);
}

/* STORE_ATTR's hit: a slot below nslots is replaced, the slot at nslots appended (the layout's
 * next name, with room left: a dict-mode instance has capslots 0); false: attr_store_miss */
static inline bool attr_store_hit(const inline_cache_t *r, val_t obj, val_t value) {
    if (__builtin_expect(r != NULL && !IS_SMALL(obj), 1) && attr_slot_hit(r, OBJ(obj)->type)) {
        sinst_t *o = (sinst_t *)obj;
        uint32_t e = r->entry, n = o->nslots;
        if (e < n) { o->slots[e] = value; return true; }
        if (e == n && n < o->capslots) { o->slots[n] = value; o->nslots = n + 1; return true; }
    }
    return false;
}
static inline void attr_store(inline_cache_t *r, val_t obj, val_t name, val_t value) {
    if (!attr_store_hit(r, obj, value)) attr_store_miss(r, obj, name, value);
}

/* LOAD_METHOD's hit: the class's function when the instance does not shadow it (a slot-mode
 * instance shadows it only with a slot below nslots), or a builtin type's method (plain == 2,
 * no epoch: builtin type dicts never change); else MISSING (attr_method_miss). */
static inline val_t attr_method_hit(const inline_cache_t *r, val_t obj) {
    if (__builtin_expect(r != NULL && !IS_SMALL(obj), 1) && r->type == OBJ(obj)->type) {
        if (r->epoch == vm_type_epoch) {
            const sinst_t *o = (const sinst_t *)obj;
            if (!o->dict && r->entry >= o->nslots) return r->method;
        } else if (r->plain == 2) return r->method;
    }
    return MISSING;
}
static inline val_t attr_method(inline_cache_t *r, val_t obj, val_t name) {
    val_t m = attr_method_hit(r, obj);
    return m ? m : attr_method_miss(r, obj, name);
}

#endif
