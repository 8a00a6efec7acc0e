/* attrcache.c — the inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD on instances of user
 * classes and LOAD_METHOD on builtin types (docs/bytecode.md 3.3; one inline_cache_t record per
 * instruction site, vm.h, allocated with the code object by the loader).
 *
 * A site's record holds the instance type seen last, whether that type is
 * "plain" for the site's name at the current type epoch, where the name lives in an instance
 * (its index in the class's slot layout, layout.c; for dict-based instances the entry number
 * the name had in the last instance dict: instances of one class usually insert their
 * attributes in the same order), and the plain function the name resolves to on the class (for
 * LOAD_METHOD). Plain means: the
 * MRO is user classes over `object` only, none defines __getattribute__ or __setattr__, and the
 * class-level value of the name (if any) is not a descriptor that takes precedence over the
 * instance dict — so o.x is "the instance dict, else the slow path" and o.x = v is "store in the
 * instance dict". All of that depends only on the classes' dicts, so the record carries
 * vm_type_epoch, which type_setattr bumps on every class attribute change; once a class's own
 * __dict__ has been handed to a program (it could be changed behind our back) the caches stay off.
 * The hit tests (record type, epoch, slot index below nslots) are static inlines in attrcache.h,
 * compiled into vm_loop's handlers; a miss comes here (attr_*_miss): a store on a plain type
 * goes to the slots (slot_store) or writes the instance dict itself, creating it presized
 * (type_t.inst_attrs) on the first store.
 * Everything a record refers to is reached through head pointers (code -> cache records -> type,
 * function), so caching never frees or resurrects anything, and nothing here allocates. */
#include "attrcache.h"
#include "gc.h"

intptr_t dict_find_str(val_t d, val_t key);
intptr_t dict_store_str(val_t d, val_t key, val_t value);

uint32_t vm_type_epoch = 1;
bool vm_attr_cache_off;

/* the stand-ins of the branch-free hit tests (attrcache.h): a record no type matches, and an
 * "instance" of int (what a small int is) with no slots, no room and a non-empty dict word, so
 * that every hit test fails on it; neither is ever written */
const inline_cache_t attr_no_site = { .type = NULL, .method = MISSING, .epoch = 0, .entry = 0, .where = 0, .plain = 0 };
const sinst_t attr_stub = { .base = { &int_type }, .dict = (val_t)1, .nslots = 0, .capslots = 0 };

extern val_t user_getattr_slot(val_t, val_t);

static bool user_mro_over_object(const type_t *t) {
    if (!t->mro || !IS_TUPLE(t->mro)) return false;
    tuple_t *m = TUPLE(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        const type_t *c = TYPE(m->items[i]);
        if (c == &object_type) return i == m->len - 1;
        if (!(c->flags & TF_USER) || !c->dict) return false;
        if (dict_get_str(c->dict, N___getattribute__) || dict_get_str(c->dict, N___setattr__)) return false;
    }
    return false;
}

/* the class-level value does not take precedence over the instance dict (builtin, non-property) */
static bool shadowable(val_t m) {
    if (!m || IS_SMALL(m)) return true;
    const type_t *mt = OBJ(m)->type;
    return mt != &property_type && !(mt->flags & TF_USER);
}

__attribute__((noinline)) static void fill(inline_cache_t *r, const type_t *t, val_t name) {
    r->type = t;
    r->epoch = vm_type_epoch;
    r->entry = 0;
    r->method = MISSING;
    r->plain = 0;
    r->where = 1;
    if (!vm_attr_cache_off && t->getattr == user_getattr_slot && (t->flags & TF_HAS_DICT) &&
        (t->dict_offset == 0 || t->dict_offset == 8) && user_mro_over_object(t)) {
        val_t m = type_lookup(t, name);
        if (shadowable(m)) {
            r->plain = 1;
            if (t->flags & TF_SLOTS) { r->plain = 3; r->entry = layout_slot(t, name); }
            if (m && is_type(m, &function_type)) r->method = m;
        }
    }
    if (r->plain != 3) r->epoch |= EPOCH_OTHER;   /* the hit paths' type-and-epoch test fails */
}

/* The record for this site if obj's type is plain for the name (refilled when stale), else NULL. */
static inline_cache_t *plain_record(inline_cache_t *r, val_t obj, val_t name) {
    if (!r || IS_SMALL(obj)) return NULL;
    const type_t *t = OBJ(obj)->type;
    if (t->getattr != user_getattr_slot) return NULL;
    if (!attr_record_hit(r, t)) fill(r, t, name);
    return r->plain == 1 || r->plain == 3 ? r : NULL;
}

static inline val_t load_slow(inline_cache_t *slot, val_t obj, val_t name) {
    inline_cache_t *r = plain_record(slot, obj, name);
    if (r) {
        val_t d = ((inst_t *)obj)->dict;
        if (d) {
            intptr_t f = dict_find_str(d, name);
            if (f >= 0) {
                if (f <= UINT16_MAX && r->plain == 1) r->entry = (uint16_t)f;
                return DICT(d)->entries[f].value;
            }
        } else if (r->plain == 3 && r->entry < ((sinst_t *)obj)->nslots) {
            return ((sinst_t *)obj)->slots[r->entry];
        }
    }
    return obj_getattr(obj, name);
}

/* LOAD_ATTR after attr_load's inline hit test failed (attrcache.h) */
__attribute__((noinline)) val_t attr_load_miss(inline_cache_t *r, val_t obj, val_t name) {
    return load_slow(r, obj, name);
}

/* A store that missed the hint: on a plain type the instance dict is written directly (created
 * here on the first store, as generic_setattr would), and the entry number is remembered. */
/* A new attribute of a plain instance, stored where the site's hint says: the instances of a
 * class usually get their attributes in one order, so the k-th store of __init__ appends entry k.
 * When the hint is the next entry, the tables have room and the name's first index slot is
 * empty (so the name is absent), the entry is appended as dict_store_str would, without its
 * probe; false leaves the store to dict_store_str. Instance dicts are never ROM dicts. */
static inline bool append_hinted(const inline_cache_t *r, dict_t *d, val_t name, val_t value) {
    size_t n = d->nentries;
    intptr_t h = STR(name)->hash;   /* interned names carry their hash */
    if (r->entry != n || n >= d->cap || (n + 1) * 3 > (d->mask + 1) * 2 || h == -1) return false;
    size_t i = (size_t)h & d->mask;
    if (d->index[i] != -1) return false;   /* -1: an empty index slot */
    d->entries[n].key = name;
    d->entries[n].value = value;
    d->entries[n].hash = h;
    d->index[i] = (int32_t)n;
    d->nentries = n + 1;
    d->used++;
    return true;
}

static inline void store_slow(inline_cache_t *slot, val_t obj, val_t name, val_t value) {
    inline_cache_t *r = plain_record(slot, obj, name);
    if (!r) { obj_setattr(obj, name, value); return; }
    type_t *t = (type_t *)OBJ(obj)->type;
    val_t *ds = &((inst_t *)obj)->dict;
    if (r->plain == 3) {   /* slot layout (layout.c), else the dict made from the slots */
        if (slot_store(obj, name, value)) return;
        dict_store_str(inst_materialize(obj), name, value);
    } else if (!*ds) *ds = dict_new_sized(t->inst_attrs);
    if (r->plain == 1 && !append_hinted(r, DICT(*ds), name, value)) {
        intptr_t e = dict_store_str(*ds, name, value);
        if (e <= UINT16_MAX) r->entry = (uint16_t)e;
    }
    size_t n = DICT(*ds)->used;
    if (n > t->inst_attrs && n <= 32) t->inst_attrs = (uint32_t)n;  /* presize the next instances */
}

/* STORE_ATTR after attr_store's inline hit test failed (attrcache.h) */
__attribute__((noinline)) void attr_store_miss(inline_cache_t *r, val_t obj, val_t name, val_t value) {
    store_slow(r, obj, name, value);
}

/* LOAD_METHOD on an instance of a builtin type without a getattr slot or instance dict (list,
 * dict, str...): builtin type dicts never change once installed, so the method found for the
 * type is cached with no epoch (plain = 2 marks such a record). */
static val_t builtin_method(inline_cache_t *r, const type_t *t, val_t name) {
    extern val_t type_lookup_attr(const type_t *t, val_t name);
    val_t m = type_lookup_attr(t, name);   /* slot wrappers too: [].__len__ */
    if (!m || !(is_type(m, &function_type) || is_type(m, &native_type))) return MISSING;
    r->type = t; r->epoch = 0; r->plain = 2; r->entry = 0; r->method = m; r->where = 1;
    return m;
}

/* true when the probe for the interned name reaches an empty slot without meeting the name or
 * any key with its hash (that needs a real comparison: false, and the caller asks dict_get_str) */
static inline bool lacks_name(const dict_t *d, val_t name) {
    intptr_t h = STR(name)->hash;   /* interned names carry their hash */
    if (d->used == 0) return true;
    if (h == -1) return false;
    const int32_t *index = d->index;
    const dict_entry_t *ents = d->entries;
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t e = index[i];
        if (e == -1) return true;
        if (e >= 0 && (ents[e].key == name || ents[e].hash == h)) return false;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

__attribute__((noinline)) static val_t method_slow(inline_cache_t *slot, val_t obj, val_t name) {
    if (!IS_SMALL(obj)) {
        const type_t *t = OBJ(obj)->type;
        if (slot && !(t->flags & (TF_USER | TF_HAS_DICT)) && (!t->getattr || (t->flags & TF_GETATTR_DATA)))
            return builtin_method(slot, t, name);
    }
    inline_cache_t *r = plain_record(slot, obj, name);
    if (!r || !r->method) return MISSING;  /* also: no record (module code) */
    if (inst_has_attr(obj, name)) return MISSING;
    return r->method;
}

/* a plain record's method unless the instance dict holds the name (its first slot was taken) */
__attribute__((noinline)) static val_t method_probe(inline_cache_t *r, val_t obj, val_t name) {
    if (lacks_name(DICT(((inst_t *)obj)->dict), name)) return r->method;
    return method_slow(r, obj, name);
}

/* LOAD_METHOD after attr_method's inline hit test failed (attrcache.h): the rest of the probe
 * of a plain record, else the general slow path */
__attribute__((noinline)) val_t attr_method_miss(inline_cache_t *r, val_t obj, val_t name) {
    if (r && !IS_SMALL(obj) && attr_record_hit(r, OBJ(obj)->type) && (r->plain == 1 || r->plain == 3) &&
        r->method && ((inst_t *)obj)->dict)
        return method_probe(r, obj, name);
    return method_slow(r, obj, name);
}
