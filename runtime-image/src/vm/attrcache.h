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

/* A record with plain == 1 was filled for this very type at this epoch by fill(), which refuses
 * types without user_getattr_slot and refuses everything once vm_attr_cache_off is set
 * (type_getattr bumps the epoch when it sets it), so three compares stand for all its checks. */
static inline bool attr_plain_hit(const inline_cache_t *r, const type_t *t) {
    return r->type == t && r->epoch == vm_type_epoch && r->plain == 1;
}

/* the cached entry number of the name in an instance dict, checked (the entry must hold this
 * very interned key: a deleted entry's key is cleared, a resize or clear renumbers or shrinks) */
static inline dict_entry_t *attr_hinted_entry(const inline_cache_t *r, val_t d, val_t name) {
    dict_t *dd = DICT(d);
    uintptr_t e = r->entry;
    if (e < dd->nentries && dd->entries[e].key == name) return &dd->entries[e];
    return NULL;
}

/* the instance-dict entry of obj.name when the site's record hits, else NULL */
static inline dict_entry_t *attr_hit_entry(const inline_cache_t *r, val_t obj, val_t name) {
    if (__builtin_expect(r != NULL && !IS_SMALL(obj), 1) && attr_plain_hit(r, OBJ(obj)->type)) {
        val_t d = ((inst_t *)obj)->dict;
        if (d) return attr_hinted_entry(r, d, name);
    }
    return NULL;
}

/* LOAD_ATTR: on a hit a leaf; the miss path stores nothing the caller needs */
static inline val_t attr_load(inline_cache_t *r, val_t obj, val_t name) {
    dict_entry_t *en = attr_hit_entry(r, obj, name);
    return en ? en->value : attr_load_miss(r, obj, name);
}

/* STORE_ATTR. Instance dicts are made by dict_new (never ROM dicts), so writing the hinted entry
 * in place needs no dict_unshare. */
static inline void attr_store(inline_cache_t *r, val_t obj, val_t name, val_t value) {
    dict_entry_t *en = attr_hit_entry(r, obj, name);
    if (en) en->value = value;
    else attr_store_miss(r, obj, name, value);
}

/* LOAD_METHOD: the class's function when the instance dict does not shadow it, else MISSING (the
 * caller then takes the general path). A builtin type's record (plain == 2) needs no epoch; the
 * usual instance dict lacks the method's name and its first index slot for the name is empty. */
static inline val_t attr_method(inline_cache_t *r, val_t obj, val_t name) {
    if (__builtin_expect(r != NULL && !IS_SMALL(obj), 1) && r->type == OBJ(obj)->type) {
        if (r->plain == 2) return r->method;
        if (r->epoch == vm_type_epoch && r->plain == 1 && r->method) {
            val_t d = ((inst_t *)obj)->dict;
            if (!d) return r->method;
            const dict_t *dd = DICT(d);
            intptr_t h = STR(name)->hash;   /* interned names carry their hash */
            if (dd->used == 0 || (h != -1 && dd->index[(size_t)h & dd->mask] == -1)) return r->method;
        }
    }
    return attr_method_miss(r, obj, name);
}

#endif
