/* rivethooks.c — the board's instruction counter, in C because it runs once per translation
 * block executed and an upcall into Java there would dominate the run time (docs/performance.md,
 * "Emulator: instruction counting").
 *
 * counter_block is a UC_HOOK_BLOCK callback. It adds the number of guest instructions in the
 * block about to run to counter->retired (the count of each distinct block is decoded once with
 * Capstone and cached). It runs once per block the guest executes (~5 guest instructions), so its
 * cost is the board's main overhead over bare Unicorn: the cached counts live in two tables. The
 * record table (block_entry, 24 bytes) holds every block with its profile figure; the hot table
 * (hot_entry, 8 bytes, at most a quarter full) is the compact copy the hook reads, small enough to
 * stay in the host's L1/L2 cache next to QEMU's own working set. Reading the 24-byte table on
 * every block made whole programs 10-15% slower (docs/performance.md, "Emulator: instruction
 * counting"). It is also where the board stops on request: before a block whose
 * instructions would take the count past the budget, or when stop_next is set (by a host-call
 * handler, the wall-clock watchdog or another thread). Stopping here, at a block boundary, is the
 * only safe way to pause: Unicorn 2.1.1 syncs rip before a block hook, but a stop requested inside
 * an in/out hook exits mid-block with rip rewound to the block's start, after the block's earlier
 * instructions already ran — resuming would run them twice. A stopped block is not counted: it
 * runs (and counts) when the board resumes. Code never changes
 * under it: flash is read+execute only and RAM is never executable, so a block at an address always
 * holds the same instructions. The Java side reads the counter struct directly; its public
 * fields are a fixed layout (see InstructionCounter.java). This file must never call back into Java.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <capstone/capstone.h>

typedef int (*uc_emu_stop_fn)(void *uc);
typedef int (*uc_mem_read_fn)(void *uc, uint64_t address, void *bytes, size_t size);

typedef struct block_entry {
    uint64_t address;   /* 0 = empty slot (no block starts at guest address 0: page 0 is unmapped) */
    uint32_t size;
    uint32_t count;
    uint64_t executed;  /* instructions run in this block; only counter_block_profiled adds to it */
} block_entry;

/* A block in the hot table: guest addresses are below 4 GiB on every board (Boards checks it);
 * a block outside these field widths is simply never copied here and is counted from the record
 * table on every run of it. */
typedef struct hot_entry {
    uint32_t address;   /* 0 = empty slot */
    uint16_t size;
    uint16_t count;
} hot_entry;

typedef struct counter {
    /* Read and written by Java at these offsets. */
    uint64_t retired;   /*  0: instructions in blocks entered so far */
    uint64_t budget;    /*  8: stop once retired >= budget; 0 = no budget */
    uint64_t exhausted; /* 16: 1 when the budget stopped the run */
    uint64_t blocks;    /* 24: unused (kept so the offsets stay put) */
    uint64_t stop_next; /* 32: set to 1 to stop before the next block; cleared when it does */
    uint64_t limit;     /* 40: stop before retired would exceed this: the budget, UINT64_MAX when
                         * there is none, 0 while a stop is requested. One compare on the hot path. */
    /* Private. The hot table first: the hook reads these next to retired and limit. */
    hot_entry *hot;
    uint32_t hot_mask;  /* capacity - 1; the capacity is a power of two */
    uint32_t hot_shift; /* 32 - log2(capacity), for the multiplicative hash */
    size_t hot_used;
    uc_emu_stop_fn emu_stop;
    uc_mem_read_fn mem_read;
    csh cs;
    cs_insn *insn;
    block_entry *table;
    size_t capacity;    /* a power of two */
    size_t used;
} counter;

static size_t slot_of(uint64_t address, uint32_t size, size_t capacity) {
    uint64_t h = (address ^ ((uint64_t)size << 48)) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (capacity - 1);
}

static block_entry *find_slot(block_entry *table, size_t capacity, uint64_t address, uint32_t size) {
    size_t i = slot_of(address, size, capacity);
    while (table[i].address != 0 && (table[i].address != address || table[i].size != size)) {
        i = (i + 1) & (capacity - 1);
    }
    return &table[i];
}

static int grow(counter *c) {
    size_t capacity = c->capacity * 2;
    block_entry *table = calloc(capacity, sizeof *table);
    if (table == NULL) {
        return 0;
    }
    for (size_t i = 0; i < c->capacity; i++) {
        if (c->table[i].address != 0) {
            *find_slot(table, capacity, c->table[i].address, c->table[i].size) = c->table[i];
        }
    }
    free(c->table);
    c->table = table;
    c->capacity = capacity;
    return 1;
}

/* Decodes the block's bytes. Bytes Capstone cannot decode end the block (the CPU faults there)
 * and count as one instruction, so a block never counts as zero. */
static uint32_t decode_count(counter *c, void *uc, uint64_t address, uint32_t size) {
    uint8_t small[512];
    uint8_t *code = size <= sizeof small ? small : malloc(size);
    uint32_t count = 0;
    if (code == NULL || c->mem_read(uc, address, code, size) != 0) {
        count = 1;
    } else {
        const uint8_t *p = code;
        size_t left = size;
        uint64_t pc = address;
        while (left > 0 && cs_disasm_iter(c->cs, &p, &left, &pc, c->insn)) {
            count++;
        }
        if (left > 0 || count == 0) {
            count++;
        }
    }
    if (code != small) {
        free(code);
    }
    return count;
}

/* The slow path of a block: first sight of it (decode and cache) */
static block_entry *entry_slow(counter *c, void *uc, uint64_t address, uint32_t size) {
    block_entry *e = find_slot(c->table, c->capacity, address, size);
    if (e->address == 0) {
        uint32_t count = decode_count(c, uc, address, size);
        if ((c->used + 1) * 2 > c->capacity && grow(c)) {
            e = find_slot(c->table, c->capacity, address, size);
        }
        e->address = address;
        e->size = size;
        e->count = count;
        e->executed = 0;
        c->used++;
    }
    return e;
}

static uint32_t lookup_slow(counter *c, void *uc, uint64_t address, uint32_t size) {
    return entry_slow(c, uc, address, size)->count;
}

/* The slow path of a stop: a requested stop, or the budget. */
static void stop(counter *c, void *uc) {
    if (c->stop_next) {
        c->stop_next = 0;
        c->limit = c->budget != 0 ? c->budget : UINT64_MAX;
    } else {
        c->exhausted = 1;
    }
    c->emu_stop(uc);
}

static uint32_t hot_slot(const counter *c, uint64_t address) {
    return ((uint32_t)address * 0x9E3779B1u) >> c->hot_shift;
}

static void hot_put(hot_entry *hot, uint32_t mask, uint32_t shift, hot_entry e) {
    uint32_t i = (e.address * 0x9E3779B1u) >> shift;
    while (hot[i].address != 0) {
        i = (i + 1) & mask;
    }
    hot[i] = e;
}

/* Doubles the hot table; on failure the table stays as it is (still correct, only fuller). */
static int hot_grow(counter *c) {
    uint32_t capacity = (c->hot_mask + 1) * 2;
    hot_entry *hot = calloc(capacity, sizeof *hot);
    if (hot == NULL) {
        return 0;
    }
    for (uint32_t i = 0; i <= c->hot_mask; i++) {
        if (c->hot[i].address != 0) {
            hot_put(hot, capacity - 1, c->hot_shift - 1, c->hot[i]);
        }
    }
    free(c->hot);
    c->hot = hot;
    c->hot_mask = capacity - 1;
    c->hot_shift--;
    return 1;
}

/* A block not in the hot table: count it from the record table (decoding it on first sight),
 * and copy it into the hot table when it fits. Kept out of line so that counter_block stays a
 * leaf function with no register saves. */
__attribute__((noinline)) static void block_miss(void *uc, uint64_t address, uint32_t size, counter *c) {
    uint32_t count = lookup_slow(c, uc, address, size);
    if (address <= UINT32_MAX && size <= UINT16_MAX && count <= UINT16_MAX
            && ((c->hot_used + 1) * 4 <= (size_t)c->hot_mask + 1 || hot_grow(c))) {
        hot_put(c->hot, c->hot_mask, c->hot_shift,
                (hot_entry){(uint32_t)address, (uint16_t)size, (uint16_t)count});
        c->hot_used++;
    }
    uint64_t next = c->retired + count;
    if (next > c->limit) {
        stop(c, uc);
        return;
    }
    c->retired = next;
}

void counter_block(void *uc, uint64_t address, uint32_t size, void *user) {
    counter *c = user;
    uint32_t i = hot_slot(c, address);
    const hot_entry *e = &c->hot[i];
    /* Compared at full width, so an address or size too wide for the hot table never matches. */
    while (!((uint64_t)e->address == address && (uint32_t)e->size == size)) {
        if (e->address == 0) {
            block_miss(uc, address, size, c);
            return;
        }
        i = (i + 1) & c->hot_mask;
        e = &c->hot[i];
    }
    uint64_t next = c->retired + e->count;
    if (__builtin_expect(next > c->limit, 0)) {
        stop(c, uc);
        return;
    }
    c->retired = next;
}

/* The profiling variant (rivet run --profile): the same counting and stopping, plus the block's
 * instructions added to its table entry, so the profile is exact and deterministic (instructions,
 * not timer samples). A separate callback, installed instead of counter_block, so that counting
 * without a profile pays nothing for it. */
void counter_block_profiled(void *uc, uint64_t address, uint32_t size, void *user) {
    counter *c = user;
    block_entry *e = &c->table[slot_of(address, size, c->capacity)];
    if (e->address != address || e->size != size) e = entry_slow(c, uc, address, size);
    uint64_t next = c->retired + e->count;
    if (__builtin_expect(next > c->limit, 0)) {
        stop(c, uc);
        return;
    }
    c->retired = next;
    e->executed += e->count;
}

/* Copies up to max (block address, instructions executed, times run) triples of the blocks that
 * ran into out; returns how many there are in all (call again with a bigger buffer when that is
 * more). Times run is exact: executed grows by the block's count on every run. The emulator pays
 * a fixed cost per block run (the hook, the chained jump), so profiles show it next to the
 * instructions. */
size_t counter_profile(counter *c, uint64_t *out, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < c->capacity; i++) {
        block_entry *e = &c->table[i];
        if (e->address == 0 || e->executed == 0) continue;
        if (n < max) {
            out[3 * n] = e->address;
            out[3 * n + 1] = e->executed;
            out[3 * n + 2] = e->executed / e->count;
        }
        n++;
    }
    return n;
}

counter *counter_new(void *emu_stop, void *mem_read) {
    counter *c = calloc(1, sizeof *c);
    if (c == NULL) {
        return NULL;
    }
    c->emu_stop = (uc_emu_stop_fn)emu_stop;
    c->mem_read = (uc_mem_read_fn)mem_read;
    c->capacity = 4096;
    c->limit = UINT64_MAX;
    c->table = calloc(c->capacity, sizeof *c->table);
    c->hot_mask = 4096 - 1;
    c->hot_shift = 32 - 12;
    c->hot = calloc(c->hot_mask + 1, sizeof *c->hot);
    if (c->table == NULL || c->hot == NULL || cs_open(CS_ARCH_X86, CS_MODE_64, &c->cs) != CS_ERR_OK) {
        free(c->table);
        free(c->hot);
        free(c);
        return NULL;
    }
    c->insn = cs_malloc(c->cs);
    return c;
}

void counter_free(counter *c) {
    if (c == NULL) {
        return;
    }
    cs_free(c->insn, 1);
    cs_close(&c->cs);
    free(c->table);
    free(c->hot);
    free(c);
}
