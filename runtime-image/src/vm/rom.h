/* rom.h — read-only ("ROM") dicts: the builtins and the builtin modules' namespaces as const
 * tables in flash instead of heap dicts, the way MicroPython keeps its builtin tables.
 *
 * A ROM dict is an ordinary dict_t (static, in .data) whose entries array is a const table of
 * ROM_ENTRY(name, object) built at compile time: keys are static interned strs (qstr_data.c)
 * with precomputed hashes, values are static objects. Its open-addressing index is filled in at
 * start-up (dict_init_rom, dict.c) into a static array, so every dict read path works unchanged.
 * It is marked by cap 0: the first write (dict_set/dict_del, e.g. `math.x = 1`, which CPython
 * allows) copies the entries to the heap, and from then on it is a normal dict. dict_init_rom
 * registers the dict's table pointers as GC roots for that case. Values must never point into the
 * heap (the table is const: nothing could keep such a value alive, nor update it). */
#ifndef RIVET_ROM_H
#define RIVET_ROM_H

#include "obj.h"
#include "qstr_data.h"

#define ROM_ENTRY(name, object) { Q(name), V(object), QH(name) }
/* a power of two with room for n entries at a load of at most 2/3 (dict.c's rule) */
#define ROM_INDEX_SIZE(n) ((n) * 3 <= 16 ? 8 : (n) * 3 <= 32 ? 16 : (n) * 3 <= 64 ? 32 : (n) * 3 <= 128 ? 64 : \
    (n) * 3 <= 256 ? 128 : (n) * 3 <= 512 ? 256 : (n) * 3 <= 1024 ? 512 : 1024)
/* defines `dict_t NAME` over the const table ENTRIES and its index; call ROM_DICT_INIT(NAME) at start-up */
#define ROM_DICT(name, entries) \
    dict_t name = { { &dict_type }, 0, 0, 0, 0, NULL, NULL }; \
    static int32_t name##_index[ROM_INDEX_SIZE(ARRAY_LEN(entries))];
#define ROM_DICT_INIT(name, entries) \
    dict_init_rom(&name, entries, ARRAY_LEN(entries), name##_index, ARRAY_LEN(name##_index))

void dict_init_rom(dict_t *d, const dict_entry_t *entries, size_t n, int32_t *index, size_t index_size);

#endif
