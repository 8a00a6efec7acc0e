/* gc.h — the garbage collector's contract: a mark-sweep, conservative, non-moving collector over
 * the boot-info heap. Allocation is first-fit over 16-byte blocks. See gc.c for the invariants. */
#ifndef RIVET_GC_H
#define RIVET_GC_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "../hal/bootinfo.h"

#define GC_BLOCK 16

void gc_init(const bootinfo_t *info);
void *gc_alloc(size_t bytes);            /* zeroed; raises MemoryError when the heap is exhausted */
void *gc_alloc_noraise(size_t bytes);    /* zeroed; NULL when the heap is exhausted */
__attribute__((noreturn)) void gc_raise_heap_full(void);   /* raises the preallocated MemoryError */
/* A leaf: an allocation that holds no pointers (no heap object is kept alive through it), so
 * the marker does not read it. Not zeroed when it takes the search (over FAST_BLOCKS blocks): for
 * a caller that writes every word before its next allocation. Raises MemoryError. (big ints) */
void *gc_alloc_leaf_uncleared(size_t bytes);
void *gc_realloc(void *p, size_t old_bytes, size_t new_bytes);
void gc_free(void *p);
void gc_collect(void);
void gc_clear_dead_stack(void);   /* zero 4 KiB below the caller: no stale roots for what runs next */
bool gc_is_heap_ptr(uintptr_t p);        /* points at the head block of a live allocation */

/* roots outside the heap and the stack: a slot holding a value the VM keeps in .data/.bss */
void gc_add_root(uintptr_t *slot);

typedef struct gc_stats {
    uint64_t allocations, collections;
    size_t total_bytes, free_bytes;
    uint64_t collect_ticks;              /* guest instructions spent in collections (clock port) */
    uint64_t freed_bytes;                /* bytes the sweeps have freed, all collections */
    size_t last_live_bytes;              /* bytes still allocated after the last collection */
    uint64_t last_collect_ticks;         /* instructions of the last collection */
} gc_stats_t;
void gc_get_stats(gc_stats_t *out);

extern bool gc_enabled;                 /* automatic collections (gc.enable / gc.disable) */
extern intptr_t gc_threshold;           /* bytes allocated between automatic collections; -1 off */

/* captures the callee-saved registers (rbx, rbp, r12-r15) into buf[0..5] (gc_regs.S) */
void gc_capture_regs(uintptr_t buf[6]);

#endif
