/* layout.c — the slot layout of user-class instances (classes over object: TF_SLOTS, sinst_t).
 *
 * Each such class learns a layout: the attribute names its instances are given, in the order the
 * first instances got them (at most LAYOUT_MAX, append-only, so a name keeps its index for good).
 * An instance is allocated with room for the layout as it stands (sinst_t.capslots) and, as long
 * as it has no dict, holds exactly the layout's first nslots names, in layout order, in its slots:
 * insertion order is layout order, so the dict made from the slots when one is needed
 * (`__dict__`, vars(), a delete, a name stored out of layout order, a full instance) has
 * CPython's order, and from then on the instance is dict-based like any other (nslots =
 * capslots = 0). One allocation per instance instead of instance + dict + tables, and the
 * attribute caches (attrcache.h) load and store a slot by its index after one compare.
 * Growing a layout bumps vm_type_epoch: a LOAD_METHOD record that found the name absent from the
 * layout must look again. Everything here is reached through head pointers (instance -> slots,
 * type -> layout array). */
#include "vm.h"
#include "gc.h"

intptr_t dict_store_str(val_t d, val_t key, val_t value);

/* the name's index in t's layout, -1 when absent; names stored by the layout are interned, so an
 * interned name matches by pointer and any other str by its bytes */
static intptr_t layout_index(const type_t *t, val_t name, uint32_t n) {
    const val_t *l = t->layout;
    for (uint32_t i = 0; i < n; i++) if (l[i] == name) return (intptr_t)i;
    if (!STR(name)->interned)
        for (uint32_t i = 0; i < n; i++) if (str_eq(l[i], name)) return (intptr_t)i;
    return -1;
}

/* the index the attribute caches record for name on t (0xFFFF: not in the layout) */
uint16_t layout_slot(const type_t *t, val_t name) {
    intptr_t i = IS_STR(name) ? layout_index(t, name, t->nlayout) : -1;
    return i < 0 ? 0xFFFF : (uint16_t)i;
}

/* obj.name from the slots (MISSING: not an attribute of this slot-mode instance) */
val_t slot_get(val_t obj, val_t name) {
    const sinst_t *o = (const sinst_t *)obj;
    if (!IS_STR(name)) return MISSING;
    intptr_t i = layout_index(o->base.type, name, o->nslots);
    return i < 0 ? MISSING : o->slots[i];
}

/* the slots an instance allocated without inst_new (new_obj(t, t->instance_size): object.__new__
 * elsewhere, an inlined constructor) has room for: its block's size says */
static uint32_t room_of(const sinst_t *o) {
    size_t bytes = gc_block_bytes(o);
    size_t room = bytes > sizeof(sinst_t) ? (bytes - sizeof(sinst_t)) / sizeof(val_t) : 0;
    return room > LAYOUT_MAX ? LAYOUT_MAX : (uint32_t)room;
}

/* obj.name = value into the slots when the layout order allows it (the name is at index nslots or
 * below, or is new and the instance holds the whole layout); false: the caller makes the dict */
bool slot_store(val_t obj, val_t name, val_t value) {
    sinst_t *o = (sinst_t *)obj;
    type_t *t = (type_t *)o->base.type;
    uint32_t n = o->nslots;
    if (o->dict || !IS_STR(name)) return false;
    if (n == 0 && o->capslots == 0) o->capslots = room_of(o);   /* made by new_obj, not inst_new */
    intptr_t i = layout_index(t, name, t->nlayout);
    if (i < 0) {
        if (t->nlayout != n || n >= o->capslots || !STR(name)->interned) return false;
        if (!t->layout) t->layout = gc_alloc(LAYOUT_MAX * sizeof(val_t));
        t->layout[n] = name;
        t->nlayout = n + 1;
        t->instance_size = (uint32_t)(sizeof(sinst_t) + layout_room(t) * sizeof(val_t));
        vm_type_epoch++;   /* records that found the name outside the layout look again */
        i = n;
    }
    if ((uint32_t)i < n) { o->slots[i] = value; return true; }
    if ((uint32_t)i == n && n < o->capslots) { o->slots[n] = value; o->nslots = n + 1; return true; }
    return false;
}

/* the instance's dict, made from its slots (in their order) the first time */
val_t inst_materialize(val_t obj) {
    sinst_t *o = (sinst_t *)obj;
    if (o->dict) return o->dict;
    type_t *t = (type_t *)o->base.type;
    uint32_t n = o->nslots;
    val_t d = dict_new_sized(n > t->inst_attrs ? n : t->inst_attrs);
    for (uint32_t i = 0; i < n; i++) dict_store_str(d, t->layout[i], o->slots[i]);
    o->dict = d;
    for (uint32_t i = 0; i < o->capslots; i++) o->slots[i] = MISSING;   /* keep no stale values alive */
    o->nslots = o->capslots = 0;
    return d;
}

/* true when obj's own attributes (dict or slots) hold name */
bool inst_has_attr(val_t obj, val_t name) {
    val_t *ds = inst_dict_slot(obj);
    if (!ds) return false;
    if (*ds) return dict_get_str(*ds, name) != MISSING;
    return (OBJ(obj)->type->flags & TF_SLOTS) && slot_get(obj, name) != MISSING;
}
