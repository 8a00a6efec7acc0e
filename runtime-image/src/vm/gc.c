/* gc.c — the garbage collector: allocation table, two-ended allocation with hints, conservative mark-sweep.
 *
 * Layout: the boot-info heap is split into an allocation table (ATB) followed by the pool of
 * 16-byte blocks. The ATB holds 2 bits per block: FREE, HEAD (first block of an allocation),
 * TAIL (a following block of the same allocation), MARK (a HEAD reached during marking).
 *
 * Roots: the root table (slots in .data/.bss registered with gc_add_root), the C stack from the
 * buffer gc_capture_regs (gc_regs.c) spills the callee-saved registers into at the start of a
 * collection up to the stack top from boot info (see mark_all).
 *
 * DELIBERATE: marking is conservative and honours only pointers to the HEAD block of an
 * allocation. A word that points into the middle of an allocation (an interior pointer, such as a
 * bytecode instruction pointer) keeps nothing alive. This is MicroPython's rule too, and it is what
 * makes MicroPython issue #2963 possible: if the only head pointer to running bytecode sits in a
 * register gcc has reused, the bytecode is freed while it runs. Rivet exists to reproduce that, so
 * do not "fix" it here; the fix lives in the frame (RIVET_FRAME_HOLDS_FUNCTION).
 *
 * Leaf allocations (big-int results: gc_alloc_leaf_uncleared) hold no pointers: a bit per block
 * in `leafmap` (set at the head of such an allocation, cleared when the head is freed) tells the
 * marker to mark them without reading their words when it reaches them from a root (mark_root).
 *
 * Marking is depth first with a bounded explicit stack of unscanned ranges (mark_words); when it
 * overflows, the collector remembers that and rescans the heap for marked blocks whose children
 * may be unmarked. No recursion. */
#include "gc.h"
#include "obj.h"
#include "../hal/hal.h"

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };
#define MARK_STACK_SIZE 256     /* levels of nesting marked without a rescan */
#define MAX_ROOTS 1024
#define POISON_BYTE 0xEE  /* docs/board-abi.md: an invalid opcode; 0xEEEE... is a non-canonical, unmapped address */
/* Two-ended placement (small heaps fragment otherwise): a request of LARGE_BLOCKS blocks (256
 * bytes) or more is placed as high as it fits, searching down from the top of the heap; smaller
 * ones first fit from the bottom. Buffers that grow and die young (a string grown by +=, a list's
 * items) then free into one contiguous region at the top instead of leaving holes between the
 * small objects that outlive them, which a non-moving collector can never close. Measured on
 * tiny with tests/corpus/str/str_builder_perf.py's loop run 1200 times (docs/performance.md, GC):
 * 32 blocks fails at 526 characters with 49 KiB free; 4, 8 and 16 blocks all run until the live
 * data fills the heap, 16 furthest (2527 characters, 9 KiB free). */
#define LARGE_BLOCKS 16
/* Free-run hints: one per request size 1..NHINTS blocks, every size first-fit places. (With 8, the
 * sizes 9..15 shared a hint that only 8-block requests moved: each of them searched from far below.) */
#define NHINTS (LARGE_BLOCKS - 1)
#define FAST_BLOCKS NHINTS   /* the allocator's fast path: every first-fit size, up to 240 bytes */

/* The ATB layout is a contract: gc-hunt (cli) reads `atb`, `pool` and `nblocks` by ELF symbol and
 * decodes block b as the 2 bits at (b & 3) * 2 of atb[b >> 2] (docs/gc-race.md). */
static uint8_t *atb;            /* 4 blocks per byte; 8-byte aligned, so 32 blocks are one word */
static uint8_t *pool;           /* first block */
static size_t nblocks;
/* Leaf bits: block b's at bit (b & 31) of leafmap[b >> 5], i.e. one uint32 per ATB word. Set only
 * on the HEAD (or MARK) block of an allocation that holds no pointers; 0 on every other block
 * (every path that frees a head clears its bit), so a fresh allocation starts as a non-leaf. */
static uint32_t *leafmap;
/* INVARIANT (first-fit with hints): no free run of at least k+1 blocks starts below hint[k]. A run
 * of j+1 blocks is also a run of k+1 blocks for j > k, so max(hint[0..j]) is a valid hint for j too:
 * the hint a search for j blocks starts from (catch_up_hint) is that maximum, and a claim of k+1
 * blocks moves only hint[k] (one store, which the maximum carries to every larger size). Allocating
 * never breaks the invariant; freeing lowers hints (hints_cover_freed, hints_cover_run) so that
 * the maxima stay valid too. */
static size_t hint[NHINTS];
/* INVARIANT (top-down): no free run of at least top_min[j] blocks contains a block at or above
 * top_hint[j]. Allocating never breaks it; freeing raises the hints (top_cover_freed), and a
 * top-down search lowers those of its request's class and the larger ones past the runs it found
 * too short. One hint per class of sizes, not one for all: with a single hint, a run of 40 free
 * blocks kept the hint above it while 41-block requests walked down past it to the same place
 * again and again (a sixth of pidigits.py). */
#define NTOP 24   /* classes an eighth to a quarter apart */
static const size_t top_min[NTOP] = {16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224,
                                     256, 320, 384, 448, 512, 1024, 2048, 4096};
static size_t top_hint[NTOP];
/* Exact-size memos for the top-down search. INVARIANT: no free run of at least top_size[i] blocks
 * (0: an empty entry) contains a block at or above top_at[i]. A class's hint cannot pass a run of
 * the class that is one block too short, so requests of a slowly growing size (big-int limbs after
 * a collection left holes the size of the last round's numbers) walked down past every such hole
 * from the class's hint each time: a memo for their own size (or a smaller one) starts them where
 * the last search for it ended. Kept like the hints: allocating never breaks it, a search sets its
 * size's entry, top_cover_freed raises every entry. */
#define NTOP_SIZES 4
static size_t top_size[NTOP_SIZES], top_at[NTOP_SIZES], top_next;
/* The one-block reserve (floats, cells: the commonest allocation). The free fields of one ATB word
 * (from hint[0] up: the lowest free blocks of the heap) are set to HEAD all at once; one_mask has
 * the low bit of each field not handed out yet, and a one-block request takes the lowest of them:
 * a ctz and a store, no ATB access. So one-block requests get exactly the blocks first fit would
 * give them, in the same order; larger requests see the reserved fields as used. INVARIANT: the
 * fields in one_mask are HEADs of no allocation; bytes_since_collect already counts them. The
 * reserve is given back (release_one) before every collection, so marking, sweeping, the heap
 * watcher's table copy and a MemoryError never see it, and gc_get_stats does not count it. */
static uint64_t one_mask;
static uint8_t *one_base;       /* block_ptr(one_wb) */
static size_t one_wb;
static uint64_t alloc_count, collect_count;
static uint64_t collect_ticks, last_collect_ticks, freed_blocks; /* gc.rivet_stats() */
static size_t live_blocks_after;
/* Blocks gc_free freed since the last collection. With bytes_since_collect (the blocks allocated
 * since) it gives the blocks in use when a collection starts, so the sweep counts only what it
 * frees, not what stays. */
static size_t blocks_freed_since_collect;
static size_t bytes_since_collect;
static bool collecting;
static bool uncleared;   /* gc_alloc_uncleared: claim_blocks leaves the blocks as they are */
static uint64_t options;
static const uint64_t *gc_at;
static size_t gc_at_count, gc_at_next;
/* Requests of 1..fast_bytes bytes may take the allocator's fast path: FAST_BLOCKS blocks' worth,
 * or 0 under --gc-stress or a --gc-at schedule, where every allocation checks for a collection. */
static size_t fast_bytes;
static uintptr_t stack_top;

static uintptr_t *roots[MAX_ROOTS];
static size_t nroots;

/* The leaf bit is read only for a root's allocation (the stack, where a running computation's big
 * ints are) of at least this many blocks; shorter ones and those reached from other objects are
 * scanned like any allocation (always safe). Reading the bit for every child as well cost heaps
 * of small objects ~5% of a collection and gave pidigits.py 0.4% (docs/performance.md). */
#define LEAF_MIN_BLOCKS 4
static size_t marked_blocks;   /* the blocks of the allocations marked so far (this collection) */
typedef struct { uintptr_t *cur, *stop; } mark_range_t;  /* the unscanned rest of an allocation */
static mark_range_t mark_stack[MARK_STACK_SIZE];
static bool mark_overflow;

bool gc_enabled = true;
intptr_t gc_threshold = -1;

static inline int at_get(size_t b) { return (atb[b >> 2] >> ((b & 3) * 2)) & 3; }
static inline void at_set(size_t b, int s) {
    uint8_t *p = &atb[b >> 2];
    int sh = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3 << sh)) | (s << sh));
}
static inline size_t block_of(uintptr_t p) { return (p - (uintptr_t)pool) / GC_BLOCK; }
static inline bool is_leaf(size_t b) { return (leafmap[b >> 5] >> (b & 31)) & 1; }
static inline void leaf_clear(size_t b) { leafmap[b >> 5] &= ~(1u << (b & 31)); }
static inline void *block_ptr(size_t b) { return pool + b * GC_BLOCK; }

/* ---- the ATB a word (32 blocks) at a time: the fast paths of allocation, sweep and counting ---- */

typedef uint64_t __attribute__((may_alias)) atb_word_t;
#define WORD_BLOCKS 32
#define LO_BITS 0x5555555555555555ull   /* the low bit of every 2-bit field */
#define ALL_TAIL 0xAAAAAAAAAAAAAAAAull  /* 32 TAIL fields */

static inline atb_word_t *atb_word(size_t b) { return (atb_word_t *)(atb + (b >> 2)); } /* b % 32 == 0 */
/* one bit (a field's low bit) per block that is not FREE */
static inline uint64_t used_fields(uint64_t w) { return (w | (w >> 1)) & LO_BITS; }
static inline size_t count_bits(uint64_t x) {  /* no libgcc (-nostdlib): __builtin_popcount would call it */
    x = x - ((x >> 1) & LO_BITS);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (size_t)((x * 0x0101010101010101ull) >> 56);
}

/* How many blocks from b up (b, b+1, ...) are FREE, counting to at most max. Stops at the ATB's
 * padding fields past nblocks at the latest: they read as HEAD. */
static size_t free_fields_from(size_t b, size_t max) {
    size_t count = 0;
    for (;;) {
        size_t wb = b & ~(size_t)(WORD_BLOCKS - 1), off = b - wb;
        uint64_t used = used_fields(*atb_word(wb)) >> (2 * off);
        if (used) { count += (size_t)__builtin_ctzll(used) / 2; break; }
        count += WORD_BLOCKS - off;
        if (count >= max) break;
        b = wb + WORD_BLOCKS;
    }
    return count < max ? count : max;
}

/* How many blocks just below b (b-1, b-2, ...) are FREE, counting to at most max. */
static size_t free_fields_below(size_t b, size_t max) {
    size_t count = 0;
    while (b > 0) {
        size_t wb = (b - 1) & ~(size_t)(WORD_BLOCKS - 1), lim = b - wb;   /* fields [wb, b) */
        uint64_t used = used_fields(*atb_word(wb)) & (LO_BITS >> (2 * (WORD_BLOCKS - lim)));
        if (used) { count += lim - 1 - (size_t)(63 - __builtin_clzll(used)) / 2; break; }
        count += lim;
        if (count >= max) break;
        b = wb;
    }
    return count < max ? count : max;
}

static size_t count_used_blocks(void) {
    size_t used = 0, b = 0;
    for (; b + WORD_BLOCKS <= nblocks; b += WORD_BLOCKS) used += count_bits(used_fields(*atb_word(b)));
    for (; b < nblocks; b++) used += at_get(b) != AT_FREE;
    return used;
}

void gc_init(const bootinfo_t *info) {
    uintptr_t base = (uintptr_t)info->heap_base, size = (uintptr_t)info->heap_size;
    uintptr_t aligned = (base + 7) & ~(uintptr_t)7;  /* the word-at-a-time ATB reads */
    size -= aligned - base;
    base = aligned;
    /* atb bytes = nblocks / 4, leaf map bytes = nblocks / 8; total = nblocks * (16 + 1/4 + 1/8) */
    nblocks = (size - 2 * GC_BLOCK) * 8 / 131;
    nblocks &= ~(size_t)3;
    atb = (uint8_t *)base;
    /* One ATB word more than the blocks fill: the allocator's fast path reads the whole word of
     * its hint, which may be nblocks itself. The fields past nblocks read as HEAD (used), so no
     * search takes them and no allocation runs into them; the watcher reads only nblocks/4 bytes.
     * The leaf map follows the ATB, one uint32 per ATB word. */
    size_t atb_bytes = (nblocks / WORD_BLOCKS + 1) * 8, leaf_bytes = atb_bytes / 2;
    pool = (uint8_t *)((base + atb_bytes + leaf_bytes + GC_BLOCK - 1) & ~(uintptr_t)(GC_BLOCK - 1));
    while ((uintptr_t)(pool + nblocks * GC_BLOCK) > base + size) nblocks -= 4;
    atb_bytes = (nblocks / WORD_BLOCKS + 1) * 8;
    leaf_bytes = atb_bytes / 2;
    leafmap = (uint32_t *)(atb + atb_bytes);
    memset_(atb, 0, atb_bytes + leaf_bytes);
    for (size_t b = nblocks; b < atb_bytes * 4; b++) at_set(b, AT_HEAD);
    for (int k = 0; k < NHINTS; k++) hint[k] = 0;
    for (int j = 0; j < NTOP; j++) top_hint[j] = nblocks;
    options = info->options;
    gc_at = info->gc_at;
    gc_at_count = info->gc_at_count > BOOTINFO_MAX_GC_AT ? BOOTINFO_MAX_GC_AT : info->gc_at_count;
    fast_bytes = (options & BOOT_OPT_GC_STRESS) || gc_at_count > 0 ? 0 : FAST_BLOCKS * GC_BLOCK;
    stack_top = (uintptr_t)(info->stack_base + info->stack_size);
}

void gc_add_root(uintptr_t *slot) {
    if (nroots == MAX_ROOTS) { hal_write("rivet: GC root table full\n", 26); hal_exit(1); }
    roots[nroots++] = slot;
}

/* Blocks from `lowest` up were freed: a free run of k+1 or more blocks that now contains one of
 * them starts at lowest - k or later, or it was already that long before and the hint covers it.
 * max(hint[0..k]) must not pass lowest - k either, so every hint drops to lowest - (NHINTS - 1): at
 * most one ATB word lower than the size-1 hint needs, and a sweep frees far more than that. */
static void hints_cover_freed(size_t lowest) {
    size_t from = lowest > NHINTS - 1 ? lowest - (NHINTS - 1) : 0;
    for (size_t k = 0; k < NHINTS; k++) if (from < hint[k]) hint[k] = from;
}

/* Blocks up to `highest` were freed: a free run that now contains one of them and is at least
 * top_min[j] long ends by highest + top_min[j] (the free blocks above `highest` were a run of their
 * own, shorter than that or already below top_hint[j]), or below top_hint[j]. */
static void top_cover_freed(size_t highest) {
    for (int j = 0; j < NTOP; j++) {
        size_t end = highest + top_min[j] < nblocks ? highest + top_min[j] : nblocks;
        if (end > top_hint[j]) top_hint[j] = end;
    }
    for (int i = 0; i < NTOP_SIZES; i++) {
        size_t end = highest + top_size[i] < nblocks ? highest + top_size[i] : nblocks;
        if (end > top_at[i]) top_at[i] = end;
    }
}

/* gc_free made blocks [lo, hi) free; the free run now holding them starts at s. Only the hints of
 * sizes that run can hold move: a 4-block buffer freed between live objects lowers the hints for
 * 1..4 blocks, not those for 5 and more (lowering them all made every larger request walk the whole
 * fragmented heap from that buffer up: 96% of strings.py, docs/performance.md). Since a size's hint
 * is the maximum over the smaller sizes' ones, the first size the run cannot hold takes the old
 * maximum of those that drop to s, so the larger sizes' maxima do not move. Looking LARGE_BLOCKS blocks each way is enough:
 * no hint is about longer runs than that (a run reaching further down was covered already). */
static inline void hints_cover_run_at(size_t s, size_t len, size_t hi) {
    size_t top = 0;
    for (size_t k = 0; k < NHINTS && k < len; k++) {
        if (hint[k] > top) top = hint[k];
        if (s < hint[k]) hint[k] = s;
    }
    if (len < NHINTS && hint[len] < top) hint[len] = top;   /* the maxima of the larger sizes stay */
    if (len >= LARGE_BLOCKS) top_cover_freed(hi - 1);
}

static void hints_cover_run(size_t lo, size_t hi) {
    size_t s = lo - free_fields_below(lo, LARGE_BLOCKS);
    size_t e = hi + free_fields_from(hi, LARGE_BLOCKS);
    hints_cover_run_at(s, e - s, hi);
}

/* ---- marking ---- */

/* The conservative test: only a pointer to a HEAD block counts (a MARKed one is already done).
 * Marks it and returns true with its block in *out. */
static inline bool mark_head(uintptr_t w, size_t *out) {
    uintptr_t off = w - (uintptr_t)pool;                /* below the pool wraps to a huge offset */
    if (off >= nblocks * GC_BLOCK) return false;
    if (off & (GC_BLOCK - 1)) return false;             /* interior of a block: not a head pointer */
    size_t b = off / GC_BLOCK;
    uint8_t *byte = &atb[b >> 2];
    int sh = (b & 3) * 2;
    if (((*byte >> sh) & 3) != AT_HEAD) return false;   /* tail (interior), free, or already marked */
    *byte |= (uint8_t)(AT_MARK << sh);                  /* HEAD 01 -> MARK 11 */
    *out = b;
    return true;
}

/* one bit (a field's low bit) per field that is not TAIL: a HEAD, MARK or FREE ends an allocation */
static inline uint64_t not_tail_fields(uint64_t w) { return (w | ~(w >> 1)) & LO_BITS; }

/* the block after the last TAIL of the allocation whose head is b: the first field above b that is
 * not a TAIL, a word at a time (the ATB's padding fields past nblocks are HEADs, so it stops). */
static size_t allocation_end(size_t b) {
    size_t e = b + 1;
    for (;;) {
        size_t wb = e & ~(size_t)(WORD_BLOCKS - 1);
        uint64_t nt = not_tail_fields(*atb_word(wb)) >> (2 * (e - wb));
        if (nt) { e += (size_t)__builtin_ctzll(nt) / 2; break; }
        e = wb + WORD_BLOCKS;
    }
    return e < nblocks ? e : nblocks;
}

/* Depth first over the words of [cur, stop): on reaching an unmarked child, the rest of the
 * current allocation goes on the mark stack and the child is scanned at once. The stack holds
 * one range per level of nesting (not one entry per child, so a long list does not overflow it);
 * past MARK_STACK_SIZE levels the rest of an allocation is dropped and mark_overflow set, and
 * mark_all rescans every marked allocation. */
static void mark_words(uintptr_t *cur, uintptr_t *stop) {
    const uintptr_t base = (uintptr_t)pool, limit = nblocks * GC_BLOCK;
    size_t sp = 0, marked = 0;
    for (;;) {
        while (cur < stop) {
            uintptr_t off = *cur - base;   /* below the pool wraps to a huge offset */
            cur++;
            if (off >= limit || (off & (GC_BLOCK - 1))) continue;   /* not a head pointer */
            size_t child = off / GC_BLOCK;
            uint8_t *byte = &atb[child >> 2];
            int sh = (child & 3) * 2;
            if (((*byte >> sh) & 3) != AT_HEAD) continue;   /* tail, free, or already marked */
            *byte |= (uint8_t)(AT_MARK << sh);
            size_t end = allocation_end(child);
            marked += end - child;
            if (cur < stop) {
                if (sp < MARK_STACK_SIZE) { mark_stack[sp].cur = cur; mark_stack[sp].stop = stop; sp++; }
                else mark_overflow = true;
            }
            cur = (uintptr_t *)(base + off);
            stop = (uintptr_t *)(base + end * GC_BLOCK);
        }
        if (sp == 0) break;
        sp--;
        cur = mark_stack[sp].cur;
        stop = mark_stack[sp].stop;
    }
    marked_blocks += marked;
}

static void mark_root(uintptr_t w) {
    size_t b;
    if (!mark_head(w, &b)) return;
    size_t end = allocation_end(b);
    marked_blocks += end - b;
    if (end - b < LEAF_MIN_BLOCKS || !is_leaf(b)) mark_words(block_ptr(b), block_ptr(end));
}

/* The stack is scanned from the register buffer up, not from this frame's base: the collector's
 * own frames (collect, with mark_all inlined) push the mutator's callee-saved registers in their
 * prologues and may reuse those registers before gc_capture_regs runs, so a mutator's pointer
 * that lived only in such a register is then only in the push area, below the frame base and
 * above the buffer. (Scanning from the frame base lost big_binary's scratch array that way under
 * --gc-stress, once collect kept one more value in a callee-saved register.) The buffer, the
 * pushes and every caller's frame lie in [regs, stack_top). */
static void mark_all(void) {
    uintptr_t regs[6];
    gc_capture_regs(regs);
    for (size_t i = 0; i < nroots; i++) mark_root(*roots[i]);
    for (uintptr_t *w = regs; w < (uintptr_t *)stack_top; w++) mark_root(*w);
    while (mark_overflow) {
        mark_overflow = false;
        for (size_t b = 0; b < nblocks; b++)
            if (at_get(b) == AT_MARK && !is_leaf(b)) mark_words(block_ptr(b), block_ptr(allocation_end(b)));
    }
}

/* ---- sweeping ---- */

/* One block's sweep step; `freeing` is true inside an unmarked allocation (its TAILs go too). */
static inline void sweep_block(size_t b, bool *freeing, size_t *lowest_freed, size_t *highest_freed) {
    switch (at_get(b)) {
    case AT_HEAD: *freeing = true; at_set(b, AT_FREE); leaf_clear(b); break;
    case AT_TAIL: if (*freeing) at_set(b, AT_FREE); else return; break;
    case AT_MARK: *freeing = false; at_set(b, AT_HEAD); return;
    default: *freeing = false; return;
    }
    if (b < *lowest_freed) *lowest_freed = b;
    *highest_freed = b;
    if (options & BOOT_OPT_GC_POISON) memset_(block_ptr(b), POISON_BYTE, GC_BLOCK);
}

/* The low bits of the 32 fields of an ATB word mask (bits 0, 2, ... 62) as 32 consecutive bits. */
static inline uint32_t low_fields_to_bits(uint64_t x) {
    x = (x | (x >> 1)) & 0x3333333333333333ull;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFull;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFull;
    return (uint32_t)(x | (x >> 16));
}

static void poison_blocks(size_t b, uint64_t freed) {
    for (; freed; freed &= freed - 1)
        memset_(block_ptr(b + (size_t)__builtin_ctzll(freed) / 2), POISON_BYTE, GC_BLOCK);
}

/* A word (32 blocks) at a time, with no loop over blocks. Per word, with one bit per field at the
 * field's low bit: H = unmarked HEADs, T = TAILs. The blocks to free are H plus every TAIL whose
 * allocation starts at an unmarked HEAD (or continues one from the previous word: carry_in).
 * Those TAILs are found with one addition: in R = T with all odd bits set, a 1 added just above
 * each unmarked HEAD (and at bit 0 for carry_in) carries up through exactly the TAILs that follow
 * it and stops at the next field that is not a TAIL; the TAILs it passed through turn to 0. A
 * carry out of bit 63 means the next word starts inside a freed allocation. MARKs become HEADs
 * (clear the high bit). All-FREE words are skipped. */
static void sweep(void) {
    uint64_t carry = 0;
    size_t b = 0, first_word = nblocks, last_word = 0;
    uint64_t first_freed = 0, last_freed = 0;
    bool poison = (options & BOOT_OPT_GC_POISON) != 0;
    for (; b + WORD_BLOCKS <= nblocks; b += WORD_BLOCKS) {
        atb_word_t *wp = atb_word(b);
        uint64_t w = *wp;
        if (w == 0) { carry = 0; continue; }
        uint64_t lo = w & LO_BITS, hi = (w >> 1) & LO_BITS;
        uint64_t marks = lo & hi, heads = lo ^ marks, tails = hi ^ marks;
        uint64_t r = tails | ~LO_BITS;
        uint64_t sum = r + ((heads << 1) | carry);
        carry = sum < r;                                 /* the last allocation runs on */
        uint64_t kept_tails = tails & sum;
        *wp = marks | (kept_tails << 1);                 /* MARK -> HEAD, live TAILs stay, the rest FREE */
        uint32_t *lp = &leafmap[b >> 5];
        if (*lp) *lp &= low_fields_to_bits(marks);      /* only marked heads stay leaves */
        uint64_t freed = (heads | tails) ^ kept_tails;
        if (freed) {
            if (first_word == nblocks) { first_word = b; first_freed = freed; }
            last_word = b;
            last_freed = freed;
            if (poison) poison_blocks(b, freed);
        }
    }
    size_t lowest_freed = first_word < nblocks ? first_word + (size_t)__builtin_ctzll(first_freed) / 2 : nblocks;
    size_t highest_freed = last_freed ? last_word + (size_t)(63 - __builtin_clzll(last_freed)) / 2 : 0;
    bool freeing = carry != 0;
    for (; b < nblocks; b++) {
        sweep_block(b, &freeing, &lowest_freed, &highest_freed);
    }
    /* what was in use when the collection started, less what marking found live, was freed */
    size_t before = live_blocks_after + bytes_since_collect / GC_BLOCK - blocks_freed_since_collect;
    freed_blocks += before - marked_blocks;
    live_blocks_after = marked_blocks;
    if (lowest_freed < nblocks) {
        hints_cover_freed(lowest_freed);
        top_cover_freed(highest_freed);
    }
}

/* Gives the one-block reserve's unused fields back (FREE again) and uncounts them. Lowering the
 * hints as for any freed blocks keeps their invariants. */
static void release_one(void) {
    uint64_t m = one_mask;
    if (!m) return;
    one_mask = 0;
    *atb_word(one_wb) &= ~m;
    bytes_since_collect -= count_bits(m) * GC_BLOCK;
    hints_cover_freed(one_wb + (size_t)__builtin_ctzll(m) / 2);
    top_cover_freed(one_wb + (size_t)(63 - __builtin_clzll(m)) / 2);
}

static __attribute__((noinline)) void collect(void) {
    uint64_t t0 = hal_ticks();
    release_one();
    mark_overflow = false;
    marked_blocks = 0;
    mark_all();
    sweep();
    collect_count++;
    bytes_since_collect = 0;
    blocks_freed_since_collect = 0;
    last_collect_ticks = hal_ticks() - t0;
    collect_ticks += last_collect_ticks;
}

/* The collector leaves no stale roots behind. Below the point of a collection lie dead frames: the
 * collector's own (holding the mutator's callee-saved registers it pushed and captured, i.e. the
 * live values of that moment) and those of calls that returned just before. A later frame that
 * never writes some slot (vm_execute has such slots) and comes to lie over one of them reads the
 * old value back as a root, keeping alive an object nothing refers to any more: a false root.
 * Both kinds kept the run-time compiled code alive in O2-nofix (docs/gc-race.md). So, as
 * conservative collectors usually do (the Boehm collector clears stack for the same reason), the
 * collector zeroes COLLECTOR_STACK_BYTES of the stack below its caller before gc_collect returns.
 * That memory is below the stack pointer of every live frame (the runtime is built with
 * -mno-red-zone): nothing live is touched, nothing is freed, nothing is left unmarked. */
#define COLLECTOR_STACK_BYTES 1024   /* > the collector's own depth (about 0x180 bytes at -O2, more at -O0) */
static __attribute__((noinline)) void scrub_collector_stack(void) {
    uint8_t area[COLLECTOR_STACK_BYTES];
    memset_(area, 0, sizeof area);
    __asm__ volatile("" : : "r"(area) : "memory");   /* the stores are the point: keep them */
}

/* The same clearing for the step between compiling code at run time and running it
 * (compile_main in hostfs.c, exec): the compile path's dead frames hold copies of the fresh code
 * object's head (the loader's result, the callee-saved registers its callees pushed), and the
 * interpreter's frame comes to lie over them. Which of those copies lands in a slot the
 * interpreter never writes depends only on how gcc laid out vm_execute's frame, so without this
 * whether the code stayed alive (and the #2963 race showed) changed with every edit of the
 * interpreter. A leaf with no callee-saved register of its own: it leaves no copy of the
 * caller's values in the cleared area. DEAD_STACK_BYTES covers the interpreter's frame and the
 * first frames below it; every board's stack is far larger. */
#define DEAD_STACK_BYTES 4096
__attribute__((noinline)) void gc_clear_dead_stack(void) {
    uint8_t area[DEAD_STACK_BYTES];
    memset_(area, 0, sizeof area);
    __asm__ volatile("" : : "r"(area) : "memory");
}

void gc_collect(void) {
    if (collecting) return;
    collecting = true;
    collect();
    collecting = false;
    scrub_collector_stack();
}

/* ---- allocation ---- */

/* Sets the fields [off, lim) of the ATB word of block wb to the pattern's. */
static inline void set_fields(size_t wb, size_t off, size_t lim, uint64_t pattern) {
    uint64_t mask = (lim == WORD_BLOCKS ? ~0ull : (1ull << (2 * lim)) - 1) & (~0ull << (2 * off));
    atb_word_t *wp = atb_word(wb);
    *wp = (*wp & ~mask) | (pattern & mask);
}

/* Sets blocks [from, to) to state s: a masked store in the first and last ATB word, one store per
 * whole word (32 blocks) between them. */
static void set_blocks(size_t from, size_t to, int s) {
    if (from >= to) return;
    uint64_t pattern = LO_BITS * (uint64_t)s;
    size_t wb = from & ~(size_t)(WORD_BLOCKS - 1), last = (to - 1) & ~(size_t)(WORD_BLOCKS - 1);
    if (wb == last) { set_fields(wb, from - wb, to - wb, pattern); return; }
    set_fields(wb, from - wb, WORD_BLOCKS, pattern);
    for (atb_word_t *wp = atb_word(wb + WORD_BLOCKS), *end = atb_word(last); wp < end; wp++) *wp = pattern;
    set_fields(last, 0, to - last, pattern);
}

/* Clears n blocks with 16-byte stores, four per step: memset_ takes 4 instructions per 8 bytes, and
 * clearing big-int limb arrays was a tenth of pidigits. (gcc would turn the loop back into a
 * memset call: the attribute keeps it a loop.) */
typedef uint64_t block_t __attribute__((vector_size(16), may_alias));
static __attribute__((optimize("no-tree-loop-distribute-patterns"))) void zero_blocks(void *p, size_t n) {
    block_t *q = p, z = {0, 0};
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { q[i] = z; q[i + 1] = z; q[i + 2] = z; q[i + 3] = z; }
    for (; i < n; i++) q[i] = z;
}

/* Marks blocks [head, head + n) as one allocation and clears them. Taking free blocks never
 * breaks a hint's invariant; only the searches may move hints. */
static void *claim_blocks(size_t head, size_t n) {
    size_t off = head & (WORD_BLOCKS - 1);
    if (off + n <= WORD_BLOCKS && n < WORD_BLOCKS) {   /* within one ATB word: one store */
        uint64_t fields = ((1ull << (2 * n)) - 1) << (2 * off);
        *atb_word(head - off) |= (ALL_TAIL & fields & ~(3ull << (2 * off))) | (1ull << (2 * off));
    } else {
        at_set(head, AT_HEAD);
        set_blocks(head + 1, head + n, AT_TAIL);
    }
    void *p = block_ptr(head);
    if (!uncleared) zero_blocks(p, n);
    return p;
}

/* hint[k] = max(hint[0..k]): the smaller sizes' hints are valid for bucket k too (see INVARIANT). */
static inline size_t catch_up_hint(size_t k) {
    size_t h = hint[k];
    for (size_t j = 0; j < k; j++) if (hint[j] > h) h = hint[j];
    return hint[k] = h;
}

/* A first-fit search for n blocks that started at the hint of bucket k found them at head: no free
 * run of n or more blocks starts below head, so the size's hint moves past the claimed ones. */
static void *claim_first_fit(size_t head, size_t n, size_t k) {
    if (hint[k] < head + n) hint[k] = head + n;
    return claim_blocks(head, n);
}

/* First fit from the hint of the request's size, a word (32 blocks) per step. Per word, F has the
 * low bit of every free field set (fields below the hint count as used). A run carried in from
 * the words below is completed by F's lowest free fields; a run wholly inside the word is where
 * F & F>>2 & ... & F>>2(n-1) is set (requests here are under LARGE_BLOCKS blocks, so at most 15
 * terms); the word's highest free fields carry into the next. The same first fit as a walk
 * block by block, without the walk: a fragmented heap below the hint costs ~20 instructions
 * per 32 blocks instead of ~10 per block. The heap's last partial word goes block by block. */
static __attribute__((noinline)) void *find_blocks_bottom_up(size_t n) {
    size_t k = (n < NHINTS ? n : NHINTS) - 1;
    size_t b = catch_up_hint(k), start = 0, run = 0;
    size_t whole = nblocks & ~(size_t)(WORD_BLOCKS - 1);
    while (b < whole) {
        size_t wb = b & ~(size_t)(WORD_BLOCKS - 1);
        uint64_t free_ = ~used_fields(*atb_word(wb)) & (LO_BITS << (2 * (b - wb)));
        uint64_t used = ~free_ & LO_BITS;
        b = wb + WORD_BLOCKS;
        if (used == 0) {
            if (run == 0) start = wb;
            run += WORD_BLOCKS;
            if (run >= n) return claim_first_fit(start, n, k);
            continue;
        }
        if (run && run + (size_t)__builtin_ctzll(used) / 2 >= n) return claim_first_fit(start, n, k);
        uint64_t m = free_;
        for (size_t i = 1; i < n && m; i++) m &= free_ >> (2 * i);
        if (m) return claim_first_fit(wb + (size_t)__builtin_ctzll(m) / 2, n, k);
        run = (size_t)(__builtin_clzll(used) - 1) / 2;
        start = b - run;
    }
    while (b < nblocks) {
        if (at_get(b) != AT_FREE) { run = 0; b++; continue; }
        if (run == 0) start = b;
        b++;
        if (++run == n) return claim_first_fit(start, n, k);
    }
    return NULL;
}

/* The top-down search's record of the free runs it passed, too short for its request: for each
 * class j from the request's own (first) up, the top of the highest run of top_min[j] or more
 * blocks (classes below `seen` have one). Runs are passed from the top down, so the first run long
 * enough for a class is its highest. */
typedef struct { size_t first, seen, top[NTOP]; } passed_runs_t;

/* The class of a request of n >= LARGE_BLOCKS blocks: the last j with top_min[j] <= n. Four
 * classes per doubling from 16 to 512 (bit length, then the two bits below the top one), then one
 * per doubling up to 4096: arithmetic instead of a walk over top_min (~70 instructions a search). */
static inline size_t top_class(size_t n) {
    size_t len = (size_t)(63 - __builtin_clzll(n));   /* 2**len <= n */
    if (len < 9) return 4 * (len - 4) + ((n >> (len - 2)) & 3);
    return len < 12 ? 20 + (len - 9) : NTOP - 1;
}

static inline void pass_run(passed_runs_t *pr, size_t run, size_t end) {
    while (pr->seen < NTOP && run >= top_min[pr->seen]) pr->top[pr->seen++] = end;
}

/* Highest fit for n >= LARGE_BLOCKS blocks: takes the top n blocks of the highest free run long
 * enough, scanning down from the hint of the largest class that n reaches. The free run being
 * measured is [b, end). Afterwards each hint from that class up drops to the top of the highest
 * run passed that was long enough for its class (but too short for n), or else to the claimed
 * blocks: every free block above them is in a run too short for the class. Each step takes, within
 * the ATB word below b, the free fields at the top of what is left of it (they extend the run) and
 * the used fields under them (they end it): a few bit operations per free run and used run
 * instead of a step per block; all-used and all-free words in one step. The heap's last partial
 * word goes block by block. */
static void *find_blocks_top_down(size_t n) {
    passed_runs_t pr;
    pr.first = top_class(n);
    pr.seen = pr.first;
    size_t b = top_hint[pr.first], memo = NTOP_SIZES;
    for (size_t i = 0; i < NTOP_SIZES; i++) {
        if (top_size[i] == n) memo = i;
        if (top_size[i] && top_size[i] <= n && top_at[i] < b) b = top_at[i];
    }
    size_t end = b, run = 0;
    bool found = false;
    while (b > 0 && !found) {
        size_t wb = (b - 1) & ~(size_t)(WORD_BLOCKS - 1), lim = b - wb;
        if (wb + WORD_BLOCKS <= nblocks) {
            uint64_t uf = used_fields(*atb_word(wb));
            if (uf == LO_BITS) {   /* all used */
                if (run >= LARGE_BLOCKS) pass_run(&pr, run, end);
                run = 0;
                b = wb;
                continue;
            }
            uint64_t range = LO_BITS >> (2 * (WORD_BLOCKS - lim));     /* fields [wb, b) */
            uint64_t free_ = ~uf & range, used = uf & range;
            if (used == 0) {
                if (run == 0) end = b;
                run += lim;
                b = wb;
                found = run >= n;
                continue;
            }
            size_t hu = (size_t)(63 - __builtin_clzll(used)) / 2;      /* the highest used field */
            if (hu + 1 < lim) {
                if (run == 0) end = b;
                run += lim - 1 - hu;
                if (run >= n) { found = true; break; }
            }
            if (run >= LARGE_BLOCKS) pass_run(&pr, run, end);
            run = 0;
            uint64_t free_below = free_ & ((1ull << (2 * hu)) - 1);
            b = free_below ? wb + (size_t)(63 - __builtin_clzll(free_below)) / 2 + 1 : wb;
            continue;
        }
        b--;
        if (at_get(b) != AT_FREE) {
            if (run >= LARGE_BLOCKS) pass_run(&pr, run, end);
            run = 0;
            continue;
        }
        if (run == 0) end = b + 1;
        found = ++run >= n;
    }
    if (!found && run >= LARGE_BLOCKS) pass_run(&pr, run, end);
    size_t rest = found ? end - n : 0;   /* below: only the unclaimed part of the run found, and lower */
    for (size_t j = pr.first; j < pr.seen; j++) if (pr.top[j] < top_hint[j]) top_hint[j] = pr.top[j];
    for (size_t j = pr.seen, lim = pr.first + 1; j < lim; j++) if (rest < top_hint[j]) top_hint[j] = rest;
    if (memo == NTOP_SIZES) { memo = top_next; top_next = (top_next + 1) % NTOP_SIZES; top_size[memo] = n; }
    top_at[memo] = rest;   /* every run passed was shorter than n; the claim leaves only [.., rest) */
    return found ? claim_blocks(end - n, n) : NULL;
}

static void *find_blocks(size_t n) {
    return n >= LARGE_BLOCKS ? find_blocks_top_down(n) : find_blocks_bottom_up(n);
}

static bool forced_collection_due(void) {
    if (options & BOOT_OPT_GC_STRESS) return true;
    while (gc_at_next < gc_at_count && gc_at[gc_at_next] < alloc_count) gc_at_next++;
    if (gc_at_next < gc_at_count && gc_at[gc_at_next] == alloc_count) { gc_at_next++; return true; }
    return gc_enabled && gc_threshold >= 0 && bytes_since_collect >= (size_t)gc_threshold;
}

/* Everything but the fast path: a collection that is due first (--gc-stress, a --gc-at number, the
 * threshold), then a search, and when the heap is full a collection and a second search. */
static __attribute__((noinline)) void *alloc_slow(size_t bytes) {
    if (bytes == 0) bytes = 1;
    size_t n = (bytes + GC_BLOCK - 1) / GC_BLOCK;
    if (!collecting && forced_collection_due()) gc_collect();
    void *p = find_blocks(n);
    if (!p && gc_enabled && !collecting) {
        gc_collect();
        p = find_blocks(n);
    }
    if (p) bytes_since_collect += n * GC_BLOCK;
    return p;
}

/* The fast path, for requests of 1..FAST_BLOCKS blocks (up to 240 bytes) when no collection can
 * be due first (no --gc-stress or --gc-at schedule, no threshold): the first fit of n blocks within
 * the ATB word of the size's hint, found with a mask of its free fields (a field starts a fit when
 * it and the n-1 above it are free; the lowest such is ctz). That is the same first fit the search
 * makes (the hint is valid, and a fit crossing into the next word would start above any fit inside
 * this one), claimed with one ATB store, cleared with n 16-byte stores (memset_ would be a call
 * and 4 instructions per 8 bytes), and only this size's hint moves (see the INVARIANT at hint[]).
 * No fit in the word: alloc_next_words; anything else goes to alloc_slow. Every allocation is counted in
 * alloc_count and returns through this function's ret: the heap watcher (docs/gc-race.md) hooks
 * that ret, so the fast path must not be inlined into callers. */
static const uint32_t claim_bits[FAST_BLOCKS] = {   /* a HEAD, then TAILs */
    0x00000001, 0x00000009, 0x00000029, 0x000000A9, 0x000002A9, 0x00000AA9, 0x00002AA9, 0x0000AAA9,
    0x0002AAA9, 0x000AAAA9, 0x002AAAA9, 0x00AAAAA9, 0x02AAAAA9, 0x0AAAAAA9, 0x2AAAAAA9};

/* The fields of `free_` (one bit per free field) that start n free fields within the word. */
static inline uint64_t fits_in_word(uint64_t free_, size_t n) {
    uint64_t fit = free_;
    if (n > 1) {
        switch (n) {   /* fall through: a fit of n needs the n-1 fields above free too */
    case 15: fit &= free_ >> 28; /* fallthrough */
    case 14: fit &= free_ >> 26; /* fallthrough */
    case 13: fit &= free_ >> 24; /* fallthrough */
    case 12: fit &= free_ >> 22; /* fallthrough */
    case 11: fit &= free_ >> 20; /* fallthrough */
    case 10: fit &= free_ >> 18; /* fallthrough */
    case 9: fit &= free_ >> 16; /* fallthrough */
    case 8: fit &= free_ >> 14; /* fallthrough */
    case 7: fit &= free_ >> 12; /* fallthrough */
    case 6: fit &= free_ >> 10; /* fallthrough */
    case 5: fit &= free_ >> 8; /* fallthrough */
    case 4: fit &= free_ >> 6; /* fallthrough */
    case 3: fit &= free_ >> 4; /* fallthrough */
        default: fit &= free_ >> 2;
        }
    }
    return fit;
}

/* Clears the n (1..FAST_BLOCKS) blocks at p, a 16-byte store each. */
static inline void zero_small(uint64_t *p, size_t n) {
    if (n > 1) {
        switch (n) {   /* fall through: the blocks from the last down to the second */
    case 15: p[28] = 0; p[29] = 0; /* fallthrough */
    case 14: p[26] = 0; p[27] = 0; /* fallthrough */
    case 13: p[24] = 0; p[25] = 0; /* fallthrough */
    case 12: p[22] = 0; p[23] = 0; /* fallthrough */
    case 11: p[20] = 0; p[21] = 0; /* fallthrough */
    case 10: p[18] = 0; p[19] = 0; /* fallthrough */
    case 9: p[16] = 0; p[17] = 0; /* fallthrough */
    case 8: p[14] = 0; p[15] = 0; /* fallthrough */
    case 7: p[12] = 0; p[13] = 0; /* fallthrough */
    case 6: p[10] = 0; p[11] = 0; /* fallthrough */
    case 5: p[8] = 0; p[9] = 0; /* fallthrough */
    case 4: p[6] = 0; p[7] = 0; /* fallthrough */
    case 3: p[4] = 0; p[5] = 0; /* fallthrough */
        default: p[2] = 0; p[3] = 0;
        }
    }
    p[0] = 0; p[1] = 0;
}

/* Claims the fit at field sh/2 of the ATB word *wp (holding w, first block wb) for k+1 blocks. */
static inline void *claim_fit(atb_word_t *wp, uint64_t w, size_t wb, uint64_t fit, size_t k) {
    unsigned sh = (unsigned)__builtin_ctzll(fit);      /* twice the head's field */
    *wp = w | ((uint64_t)claim_bits[k] << sh);
    size_t head = wb + sh / 2;
    hint[k] = head + k + 1;
    uint64_t *p = (uint64_t *)block_ptr(head);
    zero_small(p, k + 1);
    bytes_since_collect += (k + 1) * GC_BLOCK;
    return p;
}

/* The fast path's second step: no fit of k+1 blocks in the word at wb from the hint (free_ holds
 * its free fields from there). A free run at its top that the next word's lowest fields complete
 * is the first fit (it starts below any fit inside the next word): claimed across the two words.
 * Otherwise (no such run, or it is too short) the first fit is in the words above: up to FAST_WORDS - 1 of them are looked at the
 * same way, then the search takes over. Out of line, so that the first step needs no stack frame.
 * (Without the crossing claim, 2-block requests whose hint sat at a word's last field went to the
 * search one after another: 17 000 searches in generators.py.) */
#define FAST_WORDS 8
static __attribute__((noinline)) void *alloc_next_words(size_t bytes, size_t wb, uint64_t free_) {
    size_t k = (bytes - 1) / GC_BLOCK;
    atb_word_t *wp = atb_word(wb);
    for (size_t step = 1; step < FAST_WORDS; step++) {
        if (wb + WORD_BLOCKS > nblocks) break;   /* the last word */
        uint64_t w = wp[1];
        uint64_t next_free = ~(w | (w >> 1)) & LO_BITS;
        size_t r = free_ >> 62 ? 31 - (size_t)(63 - __builtin_clzll((~free_ & LO_BITS) | 1)) / 2 : 0;
        uint64_t low = LO_BITS & ((1ull << (2 * (k + 1 - r))) - 1);   /* the fields the rest needs */
        if (r && (next_free & low) == low) {   /* the run of r < k + 1 fields at the top completes */
            size_t head = wb + WORD_BLOCKS - r;
            *wp |= (uint64_t)claim_bits[r - 1] << (2 * (WORD_BLOCKS - r));
            wp[1] = w | (ALL_TAIL & (low << 1 | low));
            hint[k] = head + k + 1;
            uint64_t *p = (uint64_t *)block_ptr(head);
            zero_small(p, k + 1);
            bytes_since_collect += (k + 1) * GC_BLOCK;
            return p;
        }
        wb += WORD_BLOCKS;
        wp++;
        free_ = next_free;
        uint64_t fit = fits_in_word(free_, k + 1);
        if (fit) return claim_fit(wp, w, wb, fit, k);
    }
    return alloc_slow(bytes);
}

/* The one-block reserve is empty: reserve the free fields of the first ATB word from hint[0] up
 * that has any (up to FAST_WORDS words; that word's first free field is the first fit), hand out
 * the lowest. hint[0] moves past the word: every free field at or above the old hint in it is
 * taken. Nothing to reserve (a collection may be due first, the words are full): the slow path. */
static __attribute__((noinline)) void *alloc_one_refill(void) {
    if (fast_bytes == 0 || gc_threshold >= 0) return alloc_slow(GC_BLOCK);
    size_t b = hint[0];
    for (int step = 0; step < FAST_WORDS && b < nblocks; step++) {
        size_t wb = b & ~(size_t)(WORD_BLOCKS - 1);
        atb_word_t *wp = atb_word(wb);
        uint64_t w = *wp;
        uint64_t free_ = ~(w | (w >> 1)) & (LO_BITS << (2 * (b - wb)));
        if (free_) {
            *wp = w | free_;                                   /* all HEAD */
            unsigned sh = (unsigned)__builtin_ctzll(free_);
            one_mask = free_ & (free_ - 1);
            one_wb = wb;
            one_base = block_ptr(wb);
            hint[0] = wb + WORD_BLOCKS < nblocks ? wb + WORD_BLOCKS : nblocks;
            bytes_since_collect += count_bits(free_) * GC_BLOCK;
            uint64_t *p = (uint64_t *)(one_base + sh * (GC_BLOCK / 2));
            p[0] = 0; p[1] = 0;
            return p;
        }
        b = wb + WORD_BLOCKS;
    }
    return alloc_slow(GC_BLOCK);
}

void *gc_alloc_noraise(size_t bytes) {
    alloc_count++;
    if (bytes - 1 < GC_BLOCK) {   /* one block (a float, a cell...): the commonest size, from the reserve */
        uint64_t m = one_mask;
        if (__builtin_expect(m == 0, 0)) return alloc_one_refill();
        one_mask = m & (m - 1);
        uint64_t *p = (uint64_t *)(one_base + (unsigned)__builtin_ctzll(m) * (GC_BLOCK / 2));
        p[0] = 0; p[1] = 0;
        return p;
    }
    if (__builtin_expect(bytes - 1 < fast_bytes && gc_threshold < 0, 1)) {
        size_t k = (bytes - 1) / GC_BLOCK;
        size_t b = hint[k] > hint[0] ? hint[k] : hint[0];   /* both valid; size 1 leads most often */
        size_t wb = b & ~(size_t)(WORD_BLOCKS - 1);
        atb_word_t *wp = atb_word(wb);
        uint64_t w = *wp;
        uint64_t free_ = ~(w | (w >> 1)) & (LO_BITS << (2 * (b - wb)));
        uint64_t fit = fits_in_word(free_, k + 1);
        if (__builtin_expect(fit != 0, 1)) return claim_fit(wp, w, wb, fit, k);
        return alloc_next_words(bytes, wb, free_);
    }
    return alloc_slow(bytes);
}

__attribute__((noreturn, noinline)) void gc_raise_heap_full(void) {
    exc_t *e = (exc_t *)memory_error_instance;  /* preallocated: reset what the last raise left */
    e->traceback = MISSING; e->context = MISSING; e->cause = NONE; e->suppress_context = false;
    raise(memory_error_instance);
}

void *gc_alloc(size_t bytes) {
    void *p = gc_alloc_noraise(bytes);
    if (!p) gc_raise_heap_full();
    return p;
}

/* Big-int results (int.c big_alloc_raw) skip the clearing of their limbs, a tenth of
 * pidigits.py: the arithmetic writes every limb it keeps and big_clear_slack clears the rest
 * before anything can allocate. They hold no pointers (their type is the static int type), so
 * they are leaves: the marker never reads their limbs (6% of pidigits.py). Still counted and
 * returned through gc_alloc_noraise (the heap watcher's hook); small requests take the fast path,
 * which clears as before. */
void *gc_alloc_leaf_uncleared(size_t bytes) {
    uncleared = true;
    void *p = gc_alloc_noraise(bytes);
    uncleared = false;
    if (!p) gc_raise_heap_full();
    size_t b = block_of((uintptr_t)p);
    leafmap[b >> 5] |= 1u << (b & 31);
    return p;
}

void gc_free(void *ptr) {
    if (!ptr || collecting) return;
    uintptr_t off = (uintptr_t)ptr - (uintptr_t)pool;   /* below the pool wraps to a huge offset */
    if (off >= nblocks * GC_BLOCK) return;
    size_t b = off / GC_BLOCK, wb = b & ~(size_t)(WORD_BLOCKS - 1), o = b - wb;
    atb_word_t *wp = atb_word(wb);
    uint64_t w = *wp;
    if (((w >> (2 * o)) & 3) != AT_HEAD) return;
    leaf_clear(b);
    /* The common case in one ATB word: the allocation ends inside it, and so does the free run
     * it joins (a used field on each side). One store frees it; the run's bounds come from the
     * same word. */
    uint64_t nt = o < WORD_BLOCKS - 1 ? not_tail_fields(w) >> (2 * o + 2) : 0;
    if (nt && !(options & BOOT_OPT_GC_POISON)) {
        size_t e = b + 1 + (size_t)__builtin_ctzll(nt) / 2;            /* e - wb <= 31 */
        w &= ~((((uint64_t)1 << (2 * (e - b))) - 1) << (2 * o));
        *wp = w;
        blocks_freed_since_collect += e - b;
        uint64_t used = used_fields(w);
        uint64_t below = used & (((uint64_t)1 << (2 * o)) - 1), above = used >> (2 * (e - wb));
        if (below && above) {
            size_t s = wb + (size_t)(63 - __builtin_clzll(below)) / 2 + 1;
            size_t run_end = e + (size_t)__builtin_ctzll(above) / 2;
            hints_cover_run_at(s, run_end - s, e);
        } else {
            hints_cover_run(b, e);
        }
        return;
    }
    size_t end = allocation_end(b);
    set_blocks(b, end, AT_FREE);
    blocks_freed_since_collect += end - b;
    if (options & BOOT_OPT_GC_POISON) memset_(block_ptr(b), POISON_BYTE, (end - b) * GC_BLOCK);
    hints_cover_run(b, end);
}

void *gc_realloc(void *ptr, size_t old_bytes, size_t new_bytes) {
    if (!ptr) return gc_alloc(new_bytes);
    size_t b = block_of((uintptr_t)ptr);
    size_t old_n = (old_bytes + GC_BLOCK - 1) / GC_BLOCK, new_n = (new_bytes + GC_BLOCK - 1) / GC_BLOCK;
    if (old_n == 0) old_n = 1;
    if (new_n <= old_n) return ptr;
    /* Grow in place into the free blocks that follow and, if they are too few, into the free
     * blocks just before, moving the contents down (memmove: the ranges overlap). The second way
     * matters for the big buffers placed at the top of the heap, which have nothing free above
     * them: without it a list's items growing to half the heap would need the old and the new
     * array at once. Taking free blocks keeps every hint valid. */
    size_t end = b + old_n, need = new_n - old_n, up = 0, down = 0;
    up = free_fields_from(end, need);
    if (up < need) down = free_fields_below(b, need - up);
    if (up + down == need) {
        size_t head = b - down;
        if (down) {   /* the table first: the blocks below are this allocation's before it writes them */
            if (is_leaf(b)) { leaf_clear(b); leafmap[head >> 5] |= 1u << (head & 31); }
            at_set(head, AT_HEAD);
            set_blocks(head + 1, b + 1, AT_TAIL);
            memmove_(block_ptr(head), ptr, old_n * GC_BLOCK);
        }
        set_blocks(end, end + up, AT_TAIL);
        zero_blocks(block_ptr(head + old_n), need);
        alloc_count++;
        bytes_since_collect += need * GC_BLOCK;
        return block_ptr(head);
    }
    void *q = gc_alloc(new_bytes);  /* ptr stays reachable: it is the caller's live argument */
    memcpy_(q, ptr, old_bytes);
    gc_free(ptr);
    return q;
}

bool gc_is_heap_ptr(uintptr_t p) {
    if (p < (uintptr_t)pool || p >= (uintptr_t)(pool + nblocks * GC_BLOCK)) return false;
    if ((p - (uintptr_t)pool) & (GC_BLOCK - 1)) return false;
    int s = at_get(block_of(p));
    return s == AT_HEAD || s == AT_MARK;
}

void gc_get_stats(gc_stats_t *out) {
    out->allocations = alloc_count;
    out->collections = collect_count;
    out->total_bytes = nblocks * GC_BLOCK;
    out->free_bytes = (nblocks - count_used_blocks() + count_bits(one_mask)) * GC_BLOCK;   /* the reserve is free */
    out->collect_ticks = collect_ticks;
    out->last_collect_ticks = last_collect_ticks;
    out->freed_bytes = freed_blocks * GC_BLOCK;
    out->last_live_bytes = live_blocks_after * GC_BLOCK;
}

/* The head of the allocation containing p (0 if p is not inside a live allocation). Functions
 * that copy from a raw pointer into a heap object (str_new, sb_add, list_new...) keep this head
 * in a volatile local while they allocate: their caller may hold only the interior pointer, and
 * the collector (deliberately) does not honour interior pointers. */
uintptr_t gc_head_of(const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    if (p < (uintptr_t)pool || p >= (uintptr_t)(pool + nblocks * GC_BLOCK)) return 0;
    size_t b = block_of(p);
    for (;;) {   /* the highest field at or below b that is not a TAIL, a word at a time */
        size_t wb = b & ~(size_t)(WORD_BLOCKS - 1);
        uint64_t w = *atb_word(wb);
        uint64_t nt = not_tail_fields(w) & (LO_BITS >> (2 * (WORD_BLOCKS - 1 - (b - wb))));
        if (nt) {
            unsigned sh = (unsigned)(63 - __builtin_clzll(nt));     /* the field's low bit */
            return (w >> sh) & 1 ? (uintptr_t)block_ptr(wb + sh / 2) : 0;   /* HEAD or MARK, not FREE */
        }
        if (wb == 0) return 0;   /* TAILs down to block 0: no head */
        b = wb - 1;
    }
}

/* bytes of the allocation whose head block is p (0 if p is not a live heap allocation) */
size_t gc_block_bytes(const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    if (!gc_is_heap_ptr(p)) return 0;
    size_t b = block_of(p);
    return (allocation_end(b) - b) * GC_BLOCK;
}
