/* vm.c — the interpreter: one computed-goto dispatch loop over the Rivet ISA (docs/bytecode.md,
 * vm_loop, free of setjmp) and the exception unwinding of section 5.2 (vm_execute, around it). A
 * Python call runs on the C stack: vm_execute for code with an exception table (it catches),
 * vm_run_frame (vm.h) straight into vm_loop for code without one. raise() longjmps to the
 * innermost catcher; on the way, vm_unwind_frames gives the frames that catch nothing their
 * traceback entries; vm_execute adds its own, looks the faulting offset up in the exception table,
 * and either restarts the loop at the handler or passes the exception on. */
#include "vm.h"
#include "attrcache.h"
#include "nlr.h"
#include "gc.h"
#include "float_fast.h"
#include "select.h"

frame_t *vm_current_frame;
val_t vm_handled;
bool vm_exc_fresh;      /* set by raise(): context chaining still to be done */
bool vm_reraising;      /* set by RERAISE / bare raise: no traceback entry in the raising frame */

static inline uint16_t rd16(const uint8_t *p) { uint16_t v; memcpy_(&v, p, 2); return v; }
static inline uint32_t rd32(const uint8_t *p) { uint32_t v; memcpy_(&v, p, 4); return v; }

uint32_t code_line_of(const code_info_t *ci, uint32_t off) {
    const uint8_t *p = ci->linetab, *end = p + ci->linetab_size;
    uint32_t o = 0;
    int32_t line = (int32_t)ci->firstlineno, result = line;
    while (p && p < end) {
        uint32_t d = 0, z = 0; int sh = 0;
        do { d |= (uint32_t)(*p & 0x7F) << sh; sh += 7; } while (*p++ & 0x80);
        sh = 0;
        do { z |= (uint32_t)(*p & 0x7F) << sh; sh += 7; } while (*p++ & 0x80);
        o += d;
        line += (int32_t)((z >> 1) ^ -(z & 1));
        if (o > off) break;
        result = line;
    }
    return (uint32_t)result;
}

/* BINARY_op (0x20..) and INPLACE_op (0x30..) share one operator order (docs/bytecode.md 3.1). */
static const uint8_t binary_op_of[] = { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
                                        OP_MATMUL, OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR };

/* Small-int + and - without a call, the common case of every counter and index: tagged values
 * (v << 1 | 1) add as a + (b - 1). False when an operand is not small or the result overflows. */
/* Both operands small ints: one test of the tag bits (one branch, one translation block less) */
#define BOTH_SMALL(a, b) ((((a) & (b)) & 1) != 0)

static inline bool small_add_sub(int op, val_t a, val_t b, val_t *out) {
    intptr_t r;
    /* two tests, not BOTH_SMALL: with one, gcc 12 turns the overflow branch into seto+test */
    if (!IS_SMALL(a) || !IS_SMALL(b)) return false;
    if (op == OP_ADD) {
        if (__builtin_add_overflow((intptr_t)a, (intptr_t)(b - 1), &r)) return false;
    } else if (op == OP_SUB) {
        if (__builtin_sub_overflow((intptr_t)a, (intptr_t)(b - 1), &r)) return false;
    } else {
        return false;
    }
    *out = (val_t)r;
    return true;
}

/* The same with one test for "both small and no overflow" (select.h: gcc splits such a test
 * into three branches, each a translation block on the board), for LOAD_CONST k + op, where k
 * is almost always a small int; the other handlers keep the tag tests first, which send a float
 * operand on its way sooner (nbody: +3% instructions and blocks with this one everywhere). r is
 * unused unless both are small. */
static inline bool small_add_sub_k(int op, val_t a, val_t b, val_t *out) {
    intptr_t r;
    bool of;
    if (op == OP_ADD) of = __builtin_add_overflow((intptr_t)a, (intptr_t)(b - 1), &r);
    else of = __builtin_sub_overflow((intptr_t)a, (intptr_t)(b - 1), &r);
    if (!(sel_opaque((uintptr_t)!of & a & b) & 1)) return false;
    *out = (val_t)r;
    return true;
}

/* ---- the per-name cache of LOAD_NAME, LOAD_GLOBAL, STORE_NAME and STORE_GLOBAL ----
 * Module code and class bodies name their variables through a dict, functions their globals, so
 * the code object keeps one entry number per name (ci->namecache, loader.c): where the name was
 * last found in the dict the site used (the locals dict, or globals). The number is checked,
 * never trusted: a hit needs the entry to hold this very interned key, which is true only while
 * the binding exists (a deleted entry's key is cleared; a resize renumbers, and the check then
 * fails and the slow path refills the cache); another dict (a class body's locals) just misses
 * and refills. Names found in builtins are tagged with NAMECACHE_BUILTIN: such a hit also needs
 * the name absent from the dicts searched before builtins. The check is a bound and a key
 * compare: no per-site record, no type check (see `ldict` in vm_loop), two loads for the value. */
#define NAMECACHE_BUILTIN 0x8000u
intptr_t dict_find_str(val_t d, val_t key);
void dict_set_str(val_t d, val_t key, val_t value);

static inline bool entry_has_key(const dict_t *d, val_t key, uintptr_t e) {
    return e < d->nentries && d->entries[e].key == key;
}
static inline val_t entry_if_key(val_t d, val_t key, uintptr_t e) {
    return entry_has_key(DICT(d), key, e) ? DICT(d)->entries[e].value : MISSING;
}

/* Whether interned string `key` is absent from dict d, without a call when the first index slot
 * it would probe (the start of dict.c's probe sequence) is empty: a builtin found through the
 * cache must be absent from globals, and a sparse globals dict usually says so in one load. */
static inline __attribute__((always_inline)) bool absent_str(val_t d, val_t key) {
    const dict_t *dd = DICT(d);
    intptr_t h = STR(key)->hash;
    if (dd->used == 0 || (h != -1 && dd->index[(size_t)h & dd->mask] == -1)) return true;
    return !dict_get_str(d, key);
}

/* LOAD_GLOBAL when the one-test builtin hit said no: the builtin still cached at entry e when globals g lack
 * the name further down its probe sequence (dict.c's), else MISSING (load_global_slow decides).
 * A leaf without a call while the probe meets only keys with other hashes; a key with the same
 * hash needs dict_get_str's real comparison. */
static __attribute__((noinline)) val_t builtin_if_absent(val_t g, val_t name, uintptr_t e) {
    const dict_t *bd = DICT(vm_builtins), *d = DICT(g);
    uintptr_t be = e & ~(uintptr_t)NAMECACHE_BUILTIN;
    if (!(e & NAMECACHE_BUILTIN) || be >= bd->nentries || bd->entries[be].key != name) return MISSING;
    val_t v = bd->entries[be].value;
    intptr_t h = STR(name)->hash;   /* interned: hashed (an empty dict's index is one empty slot) */
    const int32_t *index = d->index;
    const dict_entry_t *ents = d->entries;
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t x = index[i];
        if (x < 0) {
            if (x == -1) return v;
        } else if ((ents[x].key == name) | (ents[x].hash == h)) {
            return dict_get_str(g, name) ? MISSING : v;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* LOAD_GLOBAL's and STORE_GLOBAL's hit tests with one branch (select.h): the cached entry if its
 * number is below nentries, else no_entry, whose key (MISSING) no name equals; a store also
 * needs the entries in RAM (cap < nentries: a ROM dict's are in flash). no_entry is never
 * written: a store happens only after its key matched. */
static const dict_entry_t no_entry;
static inline __attribute__((always_inline)) const dict_entry_t *cached_entry(const dict_t *d, uintptr_t e) {
    uintptr_t p = (uintptr_t)d->entries + e * sizeof(dict_entry_t);
    return (const dict_entry_t *)sel_below(p, e, d->nentries, (uintptr_t)&no_entry);
}
static inline __attribute__((always_inline)) dict_entry_t *cached_entry_ram(const dict_t *d, uintptr_t e) {
    uintptr_t p = (uintptr_t)cached_entry(d, e);
    return (dict_entry_t *)sel_below((uintptr_t)&no_entry, d->cap, d->nentries, p);
}

static inline void namecache_fill(const code_info_t *ci, uint32_t i, intptr_t e, uint16_t tag) {
    if (ci->namecache && e >= 0 && e < (intptr_t)NAMECACHE_BUILTIN) ci->namecache[i] = (uint16_t)(e | tag);
}

static __attribute__((noreturn)) val_t load_name_error(val_t name);

/* what vm_loop's `ldict` is before it knows f->locals: no entries, so every cached entry misses */
static const dict_t no_locals_dict;

/* LOAD_GLOBAL after a miss: globals, then builtins; the cache is refilled from where the name
 * was found. */
static __attribute__((noinline)) val_t load_global_slow(const frame_t *f, const code_info_t *ci, uint32_t i) {
    val_t name = ci->names[i];
    intptr_t e = dict_find_str(f->globals, name);
    if (e >= 0) {
        namecache_fill(ci, i, e, 0);
        return DICT(f->globals)->entries[e].value;
    }
    e = dict_find_str(vm_builtins, name);
    if (e < 0) load_name_error(name);
    namecache_fill(ci, i, e, NAMECACHE_BUILTIN);
    return DICT(vm_builtins)->entries[e].value;
}

static __attribute__((noinline)) void store_name_slow(val_t d, const code_info_t *ci, uint32_t i, val_t value) {
    val_t name = ci->names[i];
    if (!IS_DICT(d)) { obj_setitem(d, name, value); return; }
    dict_set_str(d, name, value);
    namecache_fill(ci, i, dict_find_str(d, name), 0);
}

/* LOAD_NAME after a miss of the cached entry: locals (a dict or, for exec, any mapping), then
 * globals, then builtins; the cache is refilled from where the name was found. */
static __attribute__((noinline)) val_t load_name_slow(const frame_t *f, const code_info_t *ci, uint32_t i) {
    val_t name = ci->names[i], loc = f->locals, a = MISSING;
    intptr_t e;
    if (loc) {
        if (IS_DICT(loc)) {
            uint16_t c = ci->namecache ? ci->namecache[i] : 0;
            val_t bv = (c & NAMECACHE_BUILTIN) ? entry_if_key(vm_builtins, name, c & ~NAMECACHE_BUILTIN) : MISSING;
            if (bv && absent_str(loc, name) && (loc == f->globals || absent_str(f->globals, name)))
                return bv;
            if ((e = dict_find_str(loc, name)) >= 0) {
                namecache_fill(ci, i, e, 0);
                return DICT(loc)->entries[e].value;
            }
        } else { extern val_t exec_mapping_get(val_t, val_t); a = exec_mapping_get(loc, name); } /* exec.c: KeyError -> not found */
    }
    if (!a && loc != f->globals) a = dict_get_str(f->globals, name);
    if (!a && (e = dict_find_str(vm_builtins, name)) >= 0) {
        a = DICT(vm_builtins)->entries[e].value;
        if (IS_DICT(loc)) namecache_fill(ci, i, e, NAMECACHE_BUILTIN);
    }
    if (!a) load_name_error(name);
    return a;
}

/* A Python function the loop can call inline (INLINE_CALL in vm_loop): given exactly its
 * positional parameters, no star or keyword-only parameters, no cells, not a generator, and no
 * exception table (so nothing in it catches: an exception leaves it the way it leaves a
 * vm_run_frame frame, through vm_unwind_frames). The loader decided it (ci->inline_argc).
 * Everything else goes through func_call. */
static inline bool inline_callable(val_t fn, uint32_t npos) {
    return npos == ((code_t *)((function_t *)fn)->code)->info.inline_argc;
}

/* One test (inline_call_bad is 0) decides an inline call of a function's code: inline-callable
 * with n arguments, and room for its frame above the stack limit. */
static inline __attribute__((always_inline)) uintptr_t inline_call_bad(const code_info_t *ci, uint32_t argc, uint32_t n) {
    /* 0 when it can: the argument counts agree (argc: one of ci's inline_*argc) and the new
     * frame's bottom is at or above the limit (else the difference below wraps, top bit set) */
    uintptr_t below = (uintptr_t)__builtin_stack_save() - ci->inline_frame_bytes - vm_stack_limit;
    return (argc ^ n) | (below >> 63);
}

/* A generator FOR_ITER or YIELD_FROM can resume inline (resume_inline in vm_loop), sending
 * `value`: just created (then only None can be sent) or suspended, its code catches nothing
 * (the frame needs no NLR_TRY of its own), and fewer than VM_GEN_INLINE_DEPTH generator frames
 * run above the resumer (vm.h, gen_depth). Anything else goes through gen.c. */
static inline bool gen_inline_resumable(const generator_t *g, val_t value, const frame_t *resumer) {
    return (g->state == GEN_SUSPENDED || (g->state == GEN_CREATED && value == NONE)) &&
           g->catches_nothing && resumer->gen_depth < VM_GEN_INLINE_DEPTH;
}
/* The same for FOR_ITER (value None) in one branch: state and catches_nothing are adjacent bytes
 * (vm.h), read as one 16-bit word: created or suspended, and catching nothing. */
static inline bool gen_inline_iterable(const generator_t *g, const frame_t *resumer) {
    _Static_assert(offsetof(generator_t, catches_nothing) == offsetof(generator_t, state) + 1, "adjacent");
    _Static_assert(GEN_CREATED == 0 && GEN_SUSPENDED == 1, "created or suspended: state | 1 == 1");
    uint16_t w;
    memcpy_(&w, &g->state, 2);
    return ((((uint32_t)w | 1) ^ 0x0101u) | (uint32_t)(resumer->gen_depth >= VM_GEN_INLINE_DEPTH)) == 0;
}

/* The __init__ that C(...) with npos arguments (self included) can run inline: a user class
 * (its type exactly `type`, so no metaclass __call__) whose cached plain __init__ (object.c,
 * plain_init: no __new__, object as builtin base) is still valid and inline_callable. MISSING
 * otherwise: type_call then does the work (and fills the cache). */
static inline val_t inline_init(const type_t *t, uint32_t npos) {
    if (!(t->flags & TF_USER) || t->init_epoch != vm_type_epoch || vm_attr_cache_off) return MISSING;
    val_t init = t->init_fn;
    return init && inline_callable(init, npos) ? init : MISSING;
}

/* C(...) of class t with one test (inline_call_bad) as for functions: t's cached plain __init__
 * when inline_init's conditions on t hold, else call_stub_fn, whose inline_argc matches no call
 * (builtin classes never have a current init_epoch) */
static const code_t call_stub_code = { .base = { &code_type }, .info = { .inline_argc = UINT32_MAX, .inline_small_argc = UINT32_MAX } };
static const function_t call_stub_fn = { .base = { &function_type }, .code = V(&call_stub_code) };
static inline __attribute__((always_inline)) val_t inline_class_init(const type_t *t) {
    uintptr_t i = sel_eq(t->init_fn, t->init_epoch, vm_type_epoch, (uintptr_t)&call_stub_fn);
    i = sel_nonzero(i, i, (uintptr_t)&call_stub_fn);
    return sel_eq(i, vm_attr_cache_off, 0, (uintptr_t)&call_stub_fn);
}

/* A builtin with a fixed parameter count, at most 3, given exactly that many arguments (len(x),
 * xs.append(v), d.get(k, 0)): one test (native_fixed_bad is 0), then a call that passes three
 * argument words whatever the count. The C functions take their parameters in registers and
 * ignore the others (the x86-64 calling convention), so no branch on the count is needed; the
 * words past the arguments are the caller's value stack or at most two words past its frame's
 * slots, which are always there (VM_FRAME_OVERREAD: heap frames are allocated that much longer). */
static inline __attribute__((always_inline)) uintptr_t native_fixed_bad(const native_t *nt, uint32_t n) {
    return sel_opaque((uintptr_t)nt->kind | ((uint8_t)nt->max ^ n) | (n >> 2));
}
static inline __attribute__((always_inline)) val_t native_fixed_call(const native_t *nt, const val_t *args) {
    return ((val_t (*)(val_t, val_t, val_t))(void (*)(void))nt->fn)(args[0], args[1], args[2]);
}

/* A builtin function called with exactly its parameters (len(x), xs.append(v)): straight to the
 * C function from the loop, without native_call's general argument handling. */
static inline bool native_exact(val_t fn, uint32_t n, const val_t *args, val_t *out) {
    const native_t *nt = (const native_t *)fn;
    if (nt->kind != MK_FIXED || (int)n != nt->max) return false;
    switch (n) {
    case 0: *out = ((val_t (*)(void))nt->fn)(); return true;
    case 1: *out = ((val_t (*)(val_t))nt->fn)(args[0]); return true;
    case 2: *out = ((val_t (*)(val_t, val_t))nt->fn)(args[0], args[1]); return true;
    case 3: *out = ((val_t (*)(val_t, val_t, val_t))nt->fn)(args[0], args[1], args[2]); return true;
    default: return false;
    }
}

/* Small-int fast paths of every integer operator, with Python's semantics (floor division and
 * modulo round toward minus infinity; shifts by a negative count raise, so they are left to the
 * slow path). False: not both small, or the result would not be small: the caller goes on to
 * obj_binary, which also raises ZeroDivisionError and friends. `op` is a constant at every call
 * site (one handler per operator), so each handler keeps only its own case. */
static inline bool small_binary(int op, val_t a, val_t b, val_t *out) {
    if (op == OP_ADD || op == OP_SUB) return small_add_sub(op, a, b, out);
    if (!BOTH_SMALL(a, b)) return false;
    intptr_t x = SMALL(a), y = SMALL(b), r;
    switch (op) {
    case OP_MUL:
        if (__builtin_mul_overflow(x, y, &r) || !fits_small(r)) return false;
        break;
    case OP_FLOORDIV:
        if (y == 0) return false;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        if (!fits_small(r)) return false;
        break;
    case OP_MOD:
        if (y == 0) return false;
        r = x % y;
        r += ((r ^ y) < 0 && r != 0) ? y : 0;   /* the sign of the divisor; a select, not a branch */
        break;
    case OP_AND: *out = a & b; return true;
    case OP_OR: *out = a | b; return true;
    case OP_XOR: *out = (a ^ b) | 1; return true;
    case OP_LSHIFT:
        if (y < 0 || y >= 62) return false;
        r = (intptr_t)((uintptr_t)x << y);
        if ((r >> y) != x || !fits_small(r)) return false;
        break;
    case OP_RSHIFT:
        if (y < 0) return false;
        r = x >> (y > 63 ? 63 : y);
        break;
    default: return false;
    }
    *out = MKSMALL(r);
    return true;
}

static const exc_entry_t *find_handler(const code_info_t *ci, uint32_t off) {
    for (uint32_t i = 0; i < ci->nexc; i++) {
        const exc_entry_t *e = &ci->exctab[i];
        if (off >= e->start && off < e->end) return e;
        if (e->start > off) break;
    }
    return NULL;
}

/* set while an exception thrown into a generator (gen.throw) is raised at its yield: CPython
 * raises it there as it is, without chaining the handled exception as its __context__ */
static bool throw_unchained;
/* __context__ chaining of a fresh exception with the handled one (5.2 step 1) */
static void chain_context(val_t e) {
    if (throw_unchained) { throw_unchained = false; return; }
    val_t h = vm_handled;
    if (h == NONE || !h || h == e) return;
    if (!isinstance_of(e, &BaseException_type)) return;
    for (val_t p = h; p && p != NONE; ) {
        exc_t *pe = (exc_t *)p;
        if (pe->context == e) { pe->context = MISSING; break; }
        p = pe->context;
    }
    ((exc_t *)e)->context = h;
}

/* The lowest stack address a Python call may start at: the margin leaves room for native code
 * below the deepest Python frame (float formatting needs ~6 KiB); small stacks get a smaller
 * margin so they still reach useful depths. Computed once at start-up (vm_stack_init). */
uintptr_t vm_stack_limit;
void vm_stack_init(const bootinfo_t *info) {
    uintptr_t margin = info->stack_size >= 256 * 1024 ? 24 * 1024 : 12 * 1024;
    vm_stack_limit = info->stack_base + margin;
}
__attribute__((noreturn)) void vm_stack_overflow(void) {
    raise_msg(&RecursionError_type, "maximum recursion depth exceeded");
}
void vm_check_stack(void) {
    if ((uintptr_t)__builtin_frame_address(0) < vm_stack_limit) vm_stack_overflow();
}

static __attribute__((noreturn)) val_t load_name_error(val_t name) {
    raise_msg(&NameError_type, "name '%S' is not defined", name);
}

static __attribute__((noreturn, cold)) void unbound_local(const code_info_t *ci, uint32_t i) {
    raise_msg(&UnboundLocalError_type, "cannot access local variable '%S' where it is not associated with a value", ci->localnames[i]);
}
static __attribute__((noreturn, cold)) void unbound_deref(const code_info_t *ci, uint32_t i) {
    if (i < ci->ncells)
        raise_msg(&UnboundLocalError_type, "cannot access local variable '%S' where it is not associated with a value", ci->derefnames[i]);
    raise_msg(&NameError_type, "cannot access free variable '%S' where it is not associated with a value in enclosing scope", ci->derefnames[i]);
}

static void unpack_sequence(val_t s, uint32_t n, val_t *out /* out[n-1] = top = first item */) {
    val_t *items; size_t len;
    if (IS_TUPLE(s)) { items = TUPLE(s)->items; len = TUPLE(s)->len; }
    else if (IS_LIST(s)) { items = LIST(s)->items; len = LIST(s)->len; }
    else {
        const type_t *st = type_of(s);
        if (!st->iter && !st->subscr && !(st->flags & TF_USER))
            raise_type_error("cannot unpack non-iterable %s object", st->name);
        val_t it = obj_iter(s), x;
        size_t got = 0;
        while (got < n && (x = obj_next(it))) out[n - 1 - got++] = x;
        if (got < n) raise_msg(&ValueError_type, "not enough values to unpack (expected %d, got %d)", (int)n, (int)got);
        if (obj_next(it)) raise_msg(&ValueError_type, "too many values to unpack (expected %d)", (int)n);
        return;
    }
    if (len != n) {
        if (len < n) raise_msg(&ValueError_type, "not enough values to unpack (expected %d, got %d)", (int)n, (int)len);
        raise_msg(&ValueError_type, "too many values to unpack (expected %d)", (int)n);
    }
    for (size_t i = 0; i < n; i++) out[n - 1 - i] = items[i];
}

static void unpack_ex(val_t s, uint32_t a, uint32_t b, val_t *out /* a + 1 + b values, out[a+b] = top */) {
    val_t l = list_from_iter(s);
    list_t *L = LIST(l);
    if (L->len < a + b)
        raise_msg(&ValueError_type, "not enough values to unpack (expected at least %d, got %d)", (int)(a + b), (int)L->len);
    for (uint32_t i = 0; i < a; i++) out[a + b - i] = L->items[i];
    for (uint32_t i = 0; i < b; i++) out[b - 1 - i] = L->items[L->len - b + i];
    size_t mid = L->len - a - b;
    out[b] = list_new(mid, L->items + a);
}

val_t format_value(val_t v, val_t spec);
val_t builtin_ascii(val_t v);
val_t vm_import_name(frame_t *f, val_t name, val_t fromlist, val_t level);
val_t vm_import_from(val_t m, val_t name);
void vm_import_star(frame_t *f, val_t m);
val_t gen_yield_from_step(val_t it, val_t v, bool *yielded);
val_t gen_resume(generator_t *g, val_t value, bool *yielded); /* gen.c: a suspended generator */
val_t stop_iteration_value(val_t e);
val_t call_ex(val_t fn, val_t args, val_t kw);
val_t dict_merge_call(val_t d, val_t other, val_t fn);
val_t list_extend_v(val_t l, val_t it);
val_t set_update_v(val_t s, val_t it);
val_t dict_update_v(val_t d, val_t other);
val_t slice_new(val_t a, val_t b, val_t c);
val_t seq_slice_fast(val_t x, val_t a, val_t b, val_t c);
val_t closure_function(val_t fn, val_t closure);
val_t cell_new(val_t v);
val_t range_iter_next(val_t it);
val_t list_iter_next(val_t it);
extern type_t range_iter_type, list_iter_type;
val_t with_enter(val_t m, val_t *exit_out);

static inline val_t exc_instance(val_t e) {
    if (is_type(e, &type_type) && is_subtype(TYPE(e), &BaseException_type)) return call0(e);
    if (!isinstance_of(e, &BaseException_type)) raise_type_error("exceptions must derive from BaseException");
    return e;
}

static val_t make_function(val_t code, val_t globals, uint32_t flags, val_t **spp) {
    val_t *sp = *spp;
    val_t closure = MISSING, kwdefaults = MISSING, defaults = MISSING;
    if (flags & 8) closure = *sp--;
    if (flags & 2) kwdefaults = *sp--;
    if (flags & 1) defaults = *sp--;
    *spp = sp;
    val_t fnv = function_new(code, globals);
    function_t *fn = (function_t *)fnv;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->closure = closure;
    return fnv;
}

/* An exception e arrived in frame f, raised at f->ip (5.2): context chaining, f's traceback entry,
 * then f's handler for that offset. True: f resumes at the handler (f->ip, with e pushed at the
 * handler's depth, f->sp); false: e leaves f. gen.c's resume path calls it; vm_execute does the
 * same inline and is left as it was: its frame (where `ci` lives) is part of the #2963
 * explanation that GcHuntCommandTest checks. */
bool vm_catch(frame_t *f, val_t e) {
    const code_info_t *ci = f->ci;
    uint32_t off = (uint32_t)(f->ip - ci->bytecode);
    if (vm_exc_fresh) { chain_context(e); vm_exc_fresh = false; }
    if (vm_reraising) vm_reraising = false;
    else tb_add(e, ci, code_line_of(ci, off));
    const exc_entry_t *h = find_handler(ci, off);
    if (!h) return false;
    val_t *sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1 + h->depth;
    *++sp = e;
    f->sp = sp;
    f->ip = ci->bytecode + h->handler;
    return true;
}

/* The interpreter is two functions. vm_loop (below) is the dispatch loop alone: no setjmp in it,
 * so gcc keeps ip, sp, the frame and the constants in registers. vm_execute wraps it in the
 * NLR_TRY that catches an exception, adds the traceback entry, looks the faulting offset (f->ip,
 * stored at every dispatch) up in the exception table, and either restarts the loop at the
 * handler or passes the exception on. A frame whose code has no exception table needs no
 * catching of its own: func_call runs it with vm_run_frame (no setjmp), and when an exception
 * leaves it, nlr_longjmp (nlr.c) adds its traceback entry on the way out (vm_unwind_frames).
 * `pending` is an exception thrown into a resumed generator. A generator's frame (gen_send passes
 * `yielded`) hands an exception that leaves it back as the result with vm_gen_raised set, so that
 * gen_send needs no setjmp of its own to mark the generator finished before passing it on. */
val_t vm_execute(frame_t *f, val_t throw_exc, bool *yielded) {
    const code_info_t *ci = f->ci;
    frame_t *const caller = vm_current_frame;
    f->back = caller;
    vm_current_frame = f;
    bool dummy_yield;
    bool *volatile const yield_flag = yielded ? yielded : &dummy_yield; /* kept across a longjmp */
    bool volatile const gen_mode = yielded != NULL;
    *yield_flag = false;
    nlr_buf_t nb;
    volatile val_t pending = throw_exc; /* volatile: read again after a longjmp */

restart:
    if (NLR_TRY(&nb)) {
        val_t p = pending;
        pending = MISSING;
        if (p) {
            val_t e = p;
            if (*f->ip == BC_YIELD_FROM) { /* suspended in YIELD_FROM: forward the throw to the inner iterator */
                extern val_t gen_forward_throw(val_t it, val_t e, bool *yielded, bool *returned);
                bool y = false, returned = false;
                val_t r = gen_forward_throw(*f->sp, e, &y, &returned);
                if (y) {
                    *yield_flag = true;
                    nlr_pop(&nb);
                    vm_current_frame = caller;
                    return r;
                }
                if (returned) { *f->sp = r; f->ip++; e = MISSING; } /* the YIELD_FROM's result */
                else e = r; /* raise the forwarded result at this offset */
            }
            if (e) { throw_unchained = true; raise(e); }
        }
        val_t result = vm_loop(f, yield_flag);
        nlr_pop(&nb);
        vm_current_frame = caller;
        return result;
    }

    /* ---- an exception arrived (5.2) ---- */
    {
        val_t e = nb.exc;
        uint32_t off = (uint32_t)(f->ip - ci->bytecode);
        if (vm_exc_fresh) { chain_context(e); vm_exc_fresh = false; }
        if (vm_reraising) vm_reraising = false;
        else tb_add(e, ci, code_line_of(ci, off));
        const exc_entry_t *h = find_handler(ci, off);
        if (h) {
            val_t *sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1 + h->depth;
            *++sp = e;
            f->sp = sp;
            f->ip = ci->bytecode + h->handler;
            vm_current_frame = f;
            goto restart;
        }
        vm_current_frame = caller;
        f->ip = NULL; /* finished: a generator frame cannot resume */
        if (gen_mode) { vm_gen_raised = true; return e; } /* gen_send finishes the generator, then raises */
        { extern __attribute__((noreturn)) void raise_again(val_t); raise_again(e); }
    }
}

bool vm_gen_raised;

/* An exception e leaves the frame of a generator that FOR_ITER or YIELD_FROM resumed inline
 * (vm_loop, resume_inline; the only generator frames vm_unwind_frames meets: the others run
 * under an NLR_TRY of their own, which stops the walk). What gen_resume's handler does: the generator is
 * finished, the resumer's handled exception is current again, and a StopIteration becomes
 * RuntimeError("generator raised StopIteration") (the exception b now carries). The generator
 * is the iterator on its resumer's value stack (*fr->back->sp). */
static val_t gen_frame_left(frame_t *fr, nlr_buf_t *b, val_t e) {
    generator_t *g = (generator_t *)*fr->back->sp;
    g->state = GEN_DONE;
    g->frame = NULL;
    fr->ip = NULL;
    vm_handled = fr->handled;
    if (!isinstance_of(e, &StopIteration_type)) return e;
    /* allocating may raise (MemoryError): that goes to the same handler b, from the resumer */
    vm_current_frame = fr->back;
    nlr_top = b;
    val_t m = str_from_c("generator raised StopIteration");
    val_t r = exc_new(&RuntimeError_type, tuple_new(1, &m));
    nlr_top = b->prev;
    ((exc_t *)r)->cause = e;
    ((exc_t *)r)->context = e;
    ((exc_t *)r)->suppress_context = true;
    chain_context(r);   /* a fresh raise in the resumer, as gen_raised's */
    b->exc = r;
    return r;
}

/* Called by nlr_longjmp on the way to handler b: the frames entered since b was pushed that have
 * no vm_execute of their own (vm_run_frame) are left here, each getting its traceback entry as
 * vm_execute's handler would have given it (context chaining by the innermost, none for the frame
 * of a bare `raise`). Allocation-free apart from tb_add, which never raises. */
void vm_unwind_frames(nlr_buf_t *b) {
    frame_t *stop = b->frame, *fr = vm_current_frame;
    val_t e = b->exc;
    if (vm_exc_fresh) { chain_context(e); vm_exc_fresh = false; }
    for (frame_t *next; fr && fr != stop; fr = next) {
        next = fr->back;   /* read first: gen_frame_left may allocate, and fr may be garbage then */
        if (vm_reraising) vm_reraising = false;
        else tb_add(e, fr->ci, code_line_of(fr->ci, (uint32_t)(fr->ip - fr->ci->bytecode)));
        if (fr->ci->flags & CO_GENERATOR) e = gen_frame_left(fr, b, e);
    }
    vm_current_frame = stop;
}

/* The dispatch loop: runs f from f->ip with f->sp until it returns or yields (*yield_flag set). */
__attribute__((noinline)) val_t vm_loop(frame_t *f, bool *yield_flag) {
    const code_info_t *ci = f->ci;
    frame_t *const entry = f;    /* frames above it were entered by an inline call (below) */
    /* the handler of every opcode (docs/bytecode.md); the later designators override the earlier
     * ranges: one handler per common integer operator and comparison, the generic ones for the rest */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#define L(n, lab) [n] = &&lab
    static const void *const labels[256] = {
        [0 ... 255] = &&op_bad,
        [0x20 ... 0x2C] = &&op_binary, [0x30 ... 0x3C] = &&op_inplace, [0x40 ... 0x49] = &&op_compare,
        L(0x00, op_nop), L(0x01, op_pop_top), L(0x02, op_unary_pos), L(0x03, op_unary_neg),
        L(0x04, op_unary_not), L(0x05, op_unary_invert), L(0x06, op_get_iter), L(0x07, op_get_yield_from_iter),
        L(0x08, op_return_value), L(0x09, op_yield_value), L(0x0A, op_yield_from), L(0x0B, op_load_build_class),
        L(0x0C, op_load_assertion_error), L(0x0D, op_reraise), L(0x0E, op_push_exc_info), L(0x0F, op_pop_except),
        L(0x10, op_check_exc_match), L(0x11, op_before_with), L(0x12, op_with_except_start), L(0x13, op_import_star),
        L(0x14, op_print_expr), L(0x15, op_binary_subscr), L(0x16, op_store_subscr), L(0x17, op_delete_subscr),
        L(0x18, op_list_to_tuple), L(0x20, op_add), L(0x21, op_sub), L(0x22, op_mul), L(0x23, op_truediv),
        L(0x24, op_floordiv), L(0x25, op_mod), L(0x26, op_pow), L(0x28, op_lshift), L(0x29, op_rshift),
        L(0x2A, op_and), L(0x2B, op_or), L(0x2C, op_xor), L(0x30, op_iadd),
        L(0x31, op_isub), L(0x32, op_imul), L(0x33, op_itruediv), L(0x34, op_ifloordiv), L(0x35, op_imod), L(0x36, op_ipow),
        L(0x38, op_ilshift), L(0x39, op_irshift), L(0x3A, op_iand), L(0x3B, op_ior),
        L(0x3C, op_ixor), L(0x40, op_cmp_lt), L(0x41, op_cmp_le), L(0x42, op_cmp_eq),
        L(0x43, op_cmp_ne), L(0x44, op_cmp_gt), L(0x45, op_cmp_ge), L(0x46, op_cmp_is), L(0x47, op_cmp_is_not), L(0x50, const_push),
        L(0x51, op_load_fast), L(0x52, op_store_fast), L(0x53, op_delete_fast), L(0x54, op_load_deref),
        L(0x55, op_store_deref), L(0x56, op_delete_deref), L(0x57, op_load_closure), L(0x58, op_load_classderef),
        L(0x59, op_store_name), L(0x5A, op_delete_name), L(0x5B, op_store_global), L(0x5C, op_delete_global),
        L(0x5D, op_delete_attr), L(0x5E, op_import_name), L(0x5F, op_import_from), L(0x60, op_call_function),
        L(0x61, op_call_function_kw), L(0x62, op_call_function_ex), L(0x63, op_call_method), L(0x64, op_make_function),
        L(0x65, op_build_tuple), L(0x66, op_build_list), L(0x67, op_build_set), L(0x68, op_build_map),
        L(0x69, op_build_const_key_map), L(0x6A, op_build_slice), L(0x6B, op_build_string), L(0x6C, op_format_value),
        L(0x6D, op_list_append), L(0x6E, op_set_add), L(0x6F, op_map_add), L(0x70, op_list_extend),
        L(0x71, op_set_update), L(0x72, op_dict_update), L(0x73, op_dict_merge), L(0x74, op_unpack_sequence),
        L(0x75, op_raise_varargs), L(0x76, op_copy), L(0x77, op_swap), L(0x78, op_load_fast_check),
        L(0x79, op_load_fast_load_fast), L(0x7A, op_load_fast_load_const), L(0x7B, op_store_fast_load_fast),
        L(0x7C, op_load_fast_load_attr), L(0x7D, op_load_const), L(0xA0, op_load_name),
        L(0xA1, op_load_global), L(0xA2, op_load_attr), L(0xA3, op_store_attr), L(0xA4, op_load_method),
        L(0xA5, op_unpack_ex), L(0xA6, op_load_name_load_const), L(0xC0, op_jump), L(0xC1, op_pop_jump_if_false), L(0xC2, op_pop_jump_if_true),
        L(0xC3, op_jump_if_false_or_pop), L(0xC4, op_jump_if_true_or_pop), L(0xC5, op_for_iter),
    };
    /* LOAD_CONST_OPERAND (a LOAD_CONST the compiler saw an operator after; a plain LOAD_CONST is
     * const_push) looks at the instruction after it: a small-int operator with a handler here
     * runs together with it when both operands are small ints (one dispatch instead of two, the
     * constant never pushed); everything else goes to const_push, the plain LOAD_CONST. */
    static const void *const after_const[256] = {
        [0 ... 255] = &&const_push,
        L(0x20, kop_add), L(0x21, kop_sub), L(0x22, kop_mul), L(0x24, kop_floordiv), L(0x25, kop_mod),
        L(0x28, kop_lshift), L(0x29, kop_rshift), L(0x2A, kop_and), L(0x2B, kop_or), L(0x2C, kop_xor),
        L(0x30, kop_add), L(0x31, kop_sub), L(0x32, kop_mul), L(0x34, kop_floordiv), L(0x35, kop_mod),
        L(0x38, kop_lshift), L(0x39, kop_rshift), L(0x3A, kop_and), L(0x3B, kop_or), L(0x3C, kop_xor),
        L(0x15, kop_subscr), L(0x40, kop_lt), L(0x41, kop_le), L(0x42, kop_eq), L(0x43, kop_ne), L(0x44, kop_gt), L(0x45, kop_ge),
    };
#undef L
#pragma GCC diagnostic pop

    {
        const uint8_t *ip = f->ip;
        val_t *sp = f->sp;
        const val_t *consts = ci->consts;
        const uint8_t *code = ci->bytecode;
        /* read through f and ci where used: fewer values for gcc to keep in registers or slots */
#define fast (f->slots)
#define cells (f->slots + ci->nlocals)
#define cache (ci->cache)
        val_t a, b, c;
        uint32_t A;
        /* LOAD_NAME's and STORE_NAME's view of f->locals: the dict itself once a slow path saw it
         * is a dict with its entries in RAM, until then (and for exec's other mappings) an empty
         * dict every cached entry misses; so a hit needs no type check of f->locals. */
        const dict_t *ldict = &no_locals_dict;
#define LDICT_REFRESH() do { \
            val_t l_ = f->locals; \
            if (l_ && IS_DICT(l_) && DICT(l_)->nentries <= DICT(l_)->cap) ldict = DICT(l_); \
        } while (0)

#define kc (consts[ARG16])   /* LOAD_CONST's constant, in the handlers after_const leads to */
#define SITE(b) (cache ? &cache[b] : NULL) /* code without cache sites has no array (loader.c) */
#define TOP sp[0]
#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define ARG16 rd16(ip + 1)
#define ARG16B rd16(ip + 3)
#define ARGJ rd32(ip + 1)
/* f->ip is the start of the instruction being executed whenever something can raise or call
 * out (tracebacks, handler search, callers' frames): a handler stores it first (SAVE_IP), except
 * the light ones (LIGHT below), whose fast path cannot raise and whose slow path stores it */
#define SAVE_IP() (f->ip = ip)
/* At the start of a fast path's miss: operands are read again from memory, so that gcc need not
 * keep the fast path's values in registers for it (the hit path's moves, saved) */
/* f has just become the running frame again (a return, a yield, a resume): reload the loop's
 * copies of its state */
#define RESUME_FRAME() (ci = f->ci, consts = ci->consts, code = ci->bytecode, sp = f->sp, ip = f->ip)
#define RELOAD_BARRIER() __asm__ volatile("" ::: "memory")
#define DISPATCH() goto *labels[*ip]
#define NEXT(n) do { ip += (n); DISPATCH(); } while (0)
/* Ctrl-C in the REPL: the host sets the flag between blocks (repl.c) */
#define CHECK_INTERRUPT() do { if (__builtin_expect(vm_interrupt_pending, 0)) { SAVE_IP(); vm_raise_interrupt(); } } while (0)
/* The inline call: a plain Python function FN (inline_callable, with room for its frame: the
 * callers checked both with inline_call_bad) whose code is NCI, called with NARGS positional
 * arguments starting at ARGS: sp + 1, or for a constructor's __init__ (INIT 1) sp, where the new
 * instance replaced the class. Its frame goes on this loop's C stack and the loop goes on in it,
 * with no C call; RETURN_VALUE comes back to the caller's frame. The frame is the one func_call
 * would build (every slot written: arguments, then MISSING), except that `handled`, which only
 * generator frames use, holds the C stack pointer to restore on return (a stack address, never a
 * heap pointer to the collector) plus 2 (an inline call's frame), plus 1 for an __init__.
 * Few branches (each ends a translation block): the stack pointer is moved down by the frame's
 * size (ci->inline_frame_bytes, a 16-byte multiple, so no rounding as alloca does), the slots
 * are cleared from the top, then the arguments copied from the top, then the header written:
 * the first two may write header words below the slots. With SMALL (the code's frame passed
 * the loader's INLINE_SMALL_* test: inline_small_argc) that is done without a branch: the top
 * INLINE_SMALL_CLEAR slots cleared, the top INLINE_SMALL_ARGS argument words copied (at most
 * four words below ARGS, still the caller's frame); else by loops, four slots and two words a
 * step, each loop running at least once. Expanded in each caller: a shared label would cost a
 * jump, i.e. a translation block. */
#define INLINE_CALL(FN, NCI, ARGS, NARGS, INIT, SMALL) do { \
        function_t *const fnp_ = (function_t *)(FN); \
        const code_info_t *const nci_ = (NCI); \
        const val_t *const args_ = (ARGS); \
        intptr_t const nargs_ = (intptr_t)(NARGS); \
        uintptr_t const c_sp_ = (uintptr_t)__builtin_stack_save(); \
        frame_t *const nf_ = (frame_t *)(c_sp_ - nci_->inline_frame_bytes); \
        __builtin_stack_restore(nf_); \
        val_t *const v_ = nf_->slots; \
        val_t *const end_ = v_ + nargs_; \
        val_t *d_ = v_ + nci_->nlocals + nci_->stacksize; \
        const val_t *s_ = args_ + nargs_; \
        if (SMALL) { \
            for (int k_ = 1; k_ <= INLINE_SMALL_CLEAR; k_++) d_[-k_] = MISSING; \
            __builtin_memcpy(end_ - INLINE_SMALL_ARGS, s_ - INLINE_SMALL_ARGS, INLINE_SMALL_ARGS * sizeof(val_t)); \
        } else { \
            do { d_ -= 4; d_[0] = MISSING; d_[1] = MISSING; d_[2] = MISSING; d_[3] = MISSING; } while (d_ > end_); \
            d_ = end_; \
            do { d_ -= 2; s_ -= 2; d_[0] = s_[0]; d_[1] = s_[1]; } while (d_ > v_); \
        } \
        nf_->back = f; \
        nf_->ci = nci_; \
        FRAME_FUNC(nf_, fnp_); \
        nf_->ip = nci_->bytecode; \
        nf_->globals = fnp_->globals; \
        nf_->locals = MISSING; \
        nf_->sp = MISSING; \
        nf_->handled = (val_t)c_sp_ | 2 | (INIT); \
        nf_->gen_depth = f->gen_depth; \
        f->sp = sp;              /* where the result goes */ \
        vm_current_frame = nf_; \
        f = nf_; \
        ci = nci_; \
        consts = ci->consts; \
        code = ci->bytecode; \
        ip = code; \
        sp = v_ + ci->nlocals - 1; \
        DISPATCH(); \
    } while (0)
#if RIVET_FRAME_HOLDS_FUNCTION
#define FRAME_FUNC(nf, fnp) ((nf)->func = V(fnp))
#else
#define FRAME_FUNC(nf, fnp) ((void)0)
#endif

        DISPATCH();

    op_bad: SAVE_IP();
        raise_msg(&RuntimeError_type, "bad opcode 0x%x at offset %d", *ip, (int)(ip - code));
    op_nop: NEXT(1);
    op_pop_top: sp--; NEXT(1);
    op_unary_pos: SAVE_IP(); TOP = obj_unary(UN_POS, TOP); NEXT(1);
    op_unary_neg: SAVE_IP();
        if (IS_SMALL(TOP) && SMALL(TOP) != SMALL_MIN) TOP = MKSMALL(-SMALL(TOP));
        else TOP = obj_unary(UN_NEG, TOP);
        NEXT(1);
    op_unary_not: SAVE_IP(); TOP = BOOL(!obj_truth(TOP)); NEXT(1);
    op_unary_invert: SAVE_IP(); TOP = obj_unary(UN_INVERT, TOP); NEXT(1);
    op_get_iter: SAVE_IP(); TOP = obj_iter(TOP); NEXT(1);
    op_get_yield_from_iter: SAVE_IP();
        if (!is_type(TOP, &generator_type)) TOP = obj_iter(TOP);
        NEXT(1);
    op_return_value: {
        val_t v = POP();
        /* The frame becomes dead stack; a native frame that later covers it without writing
         * this slot would hand the returned object to the conservative scan as a root (a list
         * dropped right after `x = f()` stayed alive through the next gc.collect()). */
        sp[1] = MISSING;
        uintptr_t const h = (uintptr_t)f->handled;
        /* an inline call's frame (INLINE_CALL), not an __init__'s: handled's low bits are 2 (a
         * frame loop entered from C, or a generator's, has an object or 0 there: bit 1 clear;
         * the entry frame is excluded all the same) */
        if (__builtin_expect(sel_eq(0, (uintptr_t)f, (uintptr_t)entry, h & 3) == 2, 1)) {
            /* its frame's stack space goes back, the caller resumes after its CALL_FUNCTION /
             * CALL_METHOD (both 3 bytes) with the result on top */
            f = f->back;
            vm_current_frame = f;
            __builtin_stack_restore((void *)(h & ~(uintptr_t)3));
            RESUME_FRAME();
            *sp = v;
            NEXT(3);
        }
        if (__builtin_expect(sel_eq(0, (uintptr_t)f, (uintptr_t)entry, h & 3) == 3, 1)) {
            /* an inline __init__ returns (as above; the result is the instance, already there) */
            f = f->back;
            vm_current_frame = f;
            __builtin_stack_restore((void *)(h & ~(uintptr_t)3));
            RESUME_FRAME();
            if (v != NONE) raise_type_error("__init__() should return None, not '%s'", type_name(v));
            NEXT(3);
        }
        f->sp = sp;
        if (f != entry && (ci->flags & CO_GENERATOR)) {
            /* a generator resumed inline returns: it is finished; the resumer's FOR_ITER pops it
             * and jumps to its target, a YIELD_FROM takes the return value as its result */
            frame_t *const cf = f->back;
            generator_t *const g = (generator_t *)*cf->sp;
            vm_handled = f->handled;
            g->state = GEN_DONE;
            g->frame = NULL;
            f = cf;
            vm_current_frame = f;
            RESUME_FRAME();
            if (*ip == BC_FOR_ITER) { sp--; ip = code + rd32(ip + 1); DISPATCH(); }  /* FOR_ITER: done */
            *sp = v;   /* YIELD_FROM: the generator's return value is its result */
            NEXT(1);
        }
        return v;
    }
    op_yield_value: SAVE_IP();
        a = POP();
        f->sp = sp;
        f->ip = ip; /* gen_send steps past the YIELD_VALUE on resume; throw() raises here */
        if (f != entry) goto suspend_inline;
        *yield_flag = true;
        return a;
    op_yield_from: { SAVE_IP();
        bool y = false;
        b = POP();
        a = TOP;
        if (is_type(a, &generator_type) && gen_inline_resumable((generator_t *)a, b, f)) goto resume_inline;
        c = gen_yield_from_step(a, b, &y);
        if (y) {
            f->sp = sp;
            f->ip = ip; /* stay on YIELD_FROM: the resume pushes the sent value and re-executes */
            if (f != entry) { a = c; goto suspend_inline; }
            *yield_flag = true;
            return c;
        }
        TOP = c;
        NEXT(1);
    }
    suspend_inline: {
        /* a generator resumed inline (resume_inline) yields `a` (its frame's sp and ip are
         * stored): the loop goes back to the resumer's frame, at its FOR_ITER or YIELD_FROM */
        frame_t *const cf = f->back;
        val_t const h = f->handled;   /* the resumer's handled exception, kept here meanwhile */
        f->handled = gen_handled_on_suspend(vm_handled, h);
        vm_handled = h;
        ((generator_t *)*cf->sp)->state = GEN_SUSPENDED;
        f = cf;
        vm_current_frame = f;
        RESUME_FRAME();
        if (*ip == BC_FOR_ITER) {   /* FOR_ITER: the loop's next value, in the STORE_FAST after it if any */
            if (ip[5] == BC_STORE_FAST) { fast[rd16(ip + 6)] = a; NEXT(8); }
            if (ip[5] == BC_STORE_NAME) {   /* module code: the STORE_NAME, when its cache hits */
                uint32_t i = rd16(ip + 6);
                uintptr_t e = ci->namecache[i];
                if (entry_has_key(ldict, ci->names[i], e)) { ldict->entries[e].value = a; NEXT(8); }
            }
            PUSH(a);
            NEXT(5);
        }
        /* YIELD_FROM: the delegating generator yields it in turn (and stays on its YIELD_FROM) */
        if (f != entry) goto suspend_inline;
        *yield_flag = true;
        return a;
    }
    op_load_build_class: { SAVE_IP();
        extern val_t build_class_fn;
        PUSH(build_class_fn); NEXT(1);
    }
    op_load_assertion_error: SAVE_IP(); PUSH(V(&AssertionError_type)); NEXT(1);
    op_reraise: SAVE_IP();
        a = POP();
        vm_reraising = true;
        vm_exc_fresh = false;
        { extern __attribute__((noreturn)) void reraise(val_t); reraise(a); }
    op_push_exc_info: SAVE_IP();
        a = TOP;
        TOP = vm_handled ? vm_handled : NONE;
        PUSH(a);
        vm_handled = a;
        NEXT(1);
    op_pop_except: SAVE_IP();
        a = POP();
        vm_handled = a;
        NEXT(1);
    op_check_exc_match: { SAVE_IP();
        extern bool exc_matches(val_t e, val_t t);
        b = TOP;
        TOP = BOOL(exc_matches(sp[-1], b));
        NEXT(1);
    }
    op_before_with: SAVE_IP();
        b = with_enter(TOP, &a);
        TOP = a;
        PUSH(b);
        NEXT(1);
    op_with_except_start: { SAVE_IP();
        val_t e = TOP;
        val_t tb = isinstance_of(e, &BaseException_type) && ((exc_t *)e)->traceback ? ((exc_t *)e)->traceback : NONE;
        val_t args[3] = { V(type_of(e)), e, tb };
        val_t res = call(sp[-2], 3, 0, args);
        PUSH(res);
        NEXT(1);
    }
    op_import_star: SAVE_IP(); vm_import_star(f, POP()); NEXT(1);
    op_print_expr: SAVE_IP();
        a = POP();
        if (a != NONE) { vm_print(obj_repr(a)); vm_write("\n", 1); dict_set(vm_builtins, str_intern_c("_"), a); }
        NEXT(1);
    op_binary_subscr: {
        val_t x = sp[-1], k = sp[0];
        sp--;
        if (IS_LIST(x) && IS_SMALL(k)) {
            intptr_t i = SMALL(k), n = (intptr_t)LIST(x)->len;
            if (i < 0) i += n;
            if ((uintptr_t)i < (uintptr_t)n) { TOP = LIST(x)->items[i]; NEXT(1); }
        }
        SAVE_IP();
        if (!IS_SMALL(x) && OBJ(x)->type == &dict_type) {   /* d[k] found: no obj_getitem, no subscr slot */
            val_t r = dict_get(x, k);
            if (r) { TOP = r; NEXT(1); }
        }
        TOP = obj_getitem(x, k);
        NEXT(1);
    }
    op_store_subscr: {
        val_t k = sp[0], x = sp[-1], v = sp[-2];
        sp -= 3;
        if (IS_LIST(x) && IS_SMALL(k)) {
            intptr_t i = SMALL(k), n = (intptr_t)LIST(x)->len;
            if (i < 0) i += n;
            if ((uintptr_t)i < (uintptr_t)n) { LIST(x)->items[i] = v; NEXT(1); }
        }
        SAVE_IP();
        if (!IS_SMALL(x) && OBJ(x)->type == &dict_type) { dict_set(x, k, v); NEXT(1); }   /* d[k] = v, as dict's subscr slot */
        obj_setitem(x, k, v);
        NEXT(1);
    }
    op_delete_subscr: SAVE_IP();
        b = POP(); a = POP();
        obj_delitem(a, b);
        NEXT(1);
    op_list_to_tuple: SAVE_IP();
        TOP = tuple_new(LIST(TOP)->len, LIST(TOP)->items);
        NEXT(1);
    op_binary: { SAVE_IP();
        int op = binary_op_of[*ip - 0x20];
        b = POP(); a = TOP;
        if (small_add_sub(op, a, b, &TOP)) NEXT(1);
        TOP = obj_binary(op, a, b);
        NEXT(1);
    }
    op_inplace: { SAVE_IP();
        int op = binary_op_of[*ip - 0x30];
        b = POP(); a = TOP;
        if (small_add_sub(op, a, b, &TOP)) NEXT(1);
        TOP = obj_binary(op | OP_INPLACE, a, b);
        NEXT(1);
    }
/* + - * of floats (float_fast.h) right here too: no obj_binary call, one gc_alloc_noraise
 * call for the result. The other operators' float cases stay in obj_binary. */
#define FLOAT_FAST(OPN) ((OPN) == OP_ADD || (OPN) == OP_SUB || (OPN) == OP_MUL)
#define SMALL_BINARY_OP(label, OPN, INPLACE) \
    label: { \
        val_t y = sp[0], x = sp[-1]; \
        sp--; \
        if (small_binary(OPN, x, y, &TOP)) NEXT(1); \
        SAVE_IP(); \
        if (FLOAT_FAST(OPN)) { double r; \
            if (float_arith(OPN, x, y, &r)) { TOP = box_float(r); NEXT(1); } } \
        TOP = obj_binary((OPN) | (INPLACE), x, y); \
        NEXT(1); \
    }
    SMALL_BINARY_OP(op_add, OP_ADD, 0) SMALL_BINARY_OP(op_sub, OP_SUB, 0)
    SMALL_BINARY_OP(op_mul, OP_MUL, 0) SMALL_BINARY_OP(op_floordiv, OP_FLOORDIV, 0)
    SMALL_BINARY_OP(op_mod, OP_MOD, 0) SMALL_BINARY_OP(op_lshift, OP_LSHIFT, 0)
    SMALL_BINARY_OP(op_rshift, OP_RSHIFT, 0) SMALL_BINARY_OP(op_and, OP_AND, 0)
    SMALL_BINARY_OP(op_or, OP_OR, 0) SMALL_BINARY_OP(op_xor, OP_XOR, 0)
    SMALL_BINARY_OP(op_iadd, OP_ADD, OP_INPLACE) SMALL_BINARY_OP(op_isub, OP_SUB, OP_INPLACE)
    SMALL_BINARY_OP(op_imul, OP_MUL, OP_INPLACE) SMALL_BINARY_OP(op_ifloordiv, OP_FLOORDIV, OP_INPLACE)
    SMALL_BINARY_OP(op_imod, OP_MOD, OP_INPLACE) SMALL_BINARY_OP(op_ilshift, OP_LSHIFT, OP_INPLACE)
    SMALL_BINARY_OP(op_irshift, OP_RSHIFT, OP_INPLACE) SMALL_BINARY_OP(op_iand, OP_AND, OP_INPLACE)
    SMALL_BINARY_OP(op_ior, OP_OR, OP_INPLACE) SMALL_BINARY_OP(op_ixor, OP_XOR, OP_INPLACE)
#undef SMALL_BINARY_OP
#undef FLOAT_FAST
/* / and ** with float operands (x / y, d ** 0.5): float_arith's cases without the obj_binary
 * call; everything else (ints, zero divisors, other powers) is op_binary's or op_inplace's. */
#define FLOAT_BINARY_OP(label, OPN, GENERAL) \
    label: { double r; \
        if (!float_arith(OPN, sp[-1], sp[0], &r)) goto GENERAL; \
        SAVE_IP(); \
        sp--; \
        TOP = box_float(r); \
        NEXT(1); \
    }
    FLOAT_BINARY_OP(op_truediv, OP_TRUEDIV, op_binary) FLOAT_BINARY_OP(op_pow, OP_POW, op_binary)
    FLOAT_BINARY_OP(op_itruediv, OP_TRUEDIV, op_inplace) FLOAT_BINARY_OP(op_ipow, OP_POW, op_inplace)
#undef FLOAT_BINARY_OP
/* The POP_JUMP_IF_FALSE/TRUE at ip + N after a comparison whose result is COND, if there is one:
 * the jump is taken or skipped here, the stack popped with POP (one test per jump kind, so the
 * comparison itself becomes the branch). */
#define FUSED_JUMP(N, COND, POP) do { \
        if (ip[N] == BC_POP_JUMP_IF_FALSE) { POP; if (!(COND)) { CHECK_INTERRUPT(); ip = code + rd32(ip + (N) + 1); DISPATCH(); } NEXT((N) + 5); } \
        if (ip[N] == BC_POP_JUMP_IF_TRUE) { POP; if (COND) { CHECK_INTERRUPT(); ip = code + rd32(ip + (N) + 1); DISPATCH(); } NEXT((N) + 5); } \
    } while (0)
/* A comparison of two small ints: when a POP_JUMP_IF_FALSE/TRUE follows (the usual `if` and
 * `while`), the jump is taken here and the bool never materialises: one dispatch instead of two. */
#define SMALL_COMPARE_OP(label, CMP, EXPR) \
    label: { \
        val_t y = sp[0], x = sp[-1]; \
        if (BOTH_SMALL(x, y)) { \
            FUSED_JUMP(1, (intptr_t)x EXPR (intptr_t)y, sp -= 2); \
            sp--; TOP = BOOL((intptr_t)x EXPR (intptr_t)y); NEXT(1); \
        } \
        goto op_compare; \
    }
    SMALL_COMPARE_OP(op_cmp_lt, CMP_LT, <) SMALL_COMPARE_OP(op_cmp_le, CMP_LE, <=)
    SMALL_COMPARE_OP(op_cmp_eq, CMP_EQ, ==) SMALL_COMPARE_OP(op_cmp_ne, CMP_NE, !=)
    SMALL_COMPARE_OP(op_cmp_gt, CMP_GT, >) SMALL_COMPARE_OP(op_cmp_ge, CMP_GE, >=)
#undef SMALL_COMPARE_OP
    /* `is` / `is not` (`v is None`): identity, so never a call; fused with the jump as above */
    op_cmp_is: { val_t y = sp[0], x = sp[-1]; FUSED_JUMP(1, x == y, sp -= 2); sp--; TOP = BOOL(x == y); NEXT(1); }
    op_cmp_is_not: { val_t y = sp[0], x = sp[-1]; FUSED_JUMP(1, x != y, sp -= 2); sp--; TOP = BOOL(x != y); NEXT(1); }
    op_compare: { SAVE_IP();
        int op = *ip - 0x40;
        b = POP(); a = TOP;
        if (op < 6) {
            if (IS_SMALL(a) && IS_SMALL(b)) {
                intptr_t x = (intptr_t)a, y = (intptr_t)b; bool r;
                switch (op) {
                case CMP_LT: r = x < y; break; case CMP_LE: r = x <= y; break;
                case CMP_EQ: r = x == y; break; case CMP_NE: r = x != y; break;
                case CMP_GT: r = x > y; break; default: r = x >= y; break;
                }
                TOP = BOOL(r);
            } else if (op == CMP_EQ) TOP = (a == b && !IS_FLOAT(a)) ? TRUE_V : BOOL(obj_truth(obj_compare(CMP_EQ, a, b)));
            else if (op == CMP_NE) TOP = obj_compare(CMP_NE, a, b);
            else TOP = obj_compare(op, a, b);
        } else if (op == 6) TOP = BOOL(a == b);
        else if (op == 7) TOP = BOOL(a != b);
        else if (op == 8) TOP = BOOL(obj_contains(b, a));
        else TOP = BOOL(!obj_contains(b, a));
        NEXT(1);
    }
    /* each handler reads the constant itself (kc): held in a variable across the jump, gcc
     * keeps it in a stack slot, which costs the plain LOAD_CONST a store and a load */
    op_load_const: goto *after_const[ip[3]];
    const_push: PUSH(kc); NEXT(3);
/* LOAD_CONST k + a binary or in-place operator (the same on ints) with TOS and k small ints: the
 * pair is 4 bytes; otherwise the LOAD_CONST alone, and the operator's own handler next. */
#define CONST_BINARY_OP(label, OPN) \
    label: if ((OPN) == OP_ADD || (OPN) == OP_SUB ? small_add_sub_k(OPN, TOP, kc, &TOP) : small_binary(OPN, TOP, kc, &TOP)) NEXT(4); \
        goto const_push;
    CONST_BINARY_OP(kop_add, OP_ADD) CONST_BINARY_OP(kop_sub, OP_SUB) CONST_BINARY_OP(kop_mul, OP_MUL)
    CONST_BINARY_OP(kop_floordiv, OP_FLOORDIV) CONST_BINARY_OP(kop_mod, OP_MOD)
    CONST_BINARY_OP(kop_lshift, OP_LSHIFT) CONST_BINARY_OP(kop_rshift, OP_RSHIFT)
    CONST_BINARY_OP(kop_and, OP_AND) CONST_BINARY_OP(kop_or, OP_OR) CONST_BINARY_OP(kop_xor, OP_XOR)
#undef CONST_BINARY_OP
    kop_subscr: {   /* LOAD_CONST k + BINARY_SUBSCR: b[0] of a list or tuple, k in range */
        val_t x = TOP;
        if (IS_SMALL(kc) && !IS_SMALL(x)) {
            intptr_t i = SMALL(kc);
            if (OBJ(x)->type == &list_type) {
                intptr_t n = (intptr_t)LIST(x)->len;
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) { TOP = LIST(x)->items[i]; NEXT(4); }
            } else if (OBJ(x)->type == &tuple_type) {
                intptr_t n = (intptr_t)TUPLE(x)->len;
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) { TOP = TUPLE(x)->items[i]; NEXT(4); }
            }
        }
        goto const_push;
    }
/* LOAD_CONST k + a comparison, and the POP_JUMP_IF_FALSE/TRUE after it if there is one (as in
 * SMALL_COMPARE_OP): `while n != 1`, `if n < 2` in one dispatch */
#define CONST_COMPARE_OP(label, EXPR) \
    label: { \
        val_t x = TOP; \
        if (BOTH_SMALL(x, kc)) { \
            FUSED_JUMP(4, (intptr_t)x EXPR (intptr_t)kc, sp--); \
            TOP = BOOL((intptr_t)x EXPR (intptr_t)kc); NEXT(4); \
        } \
        goto const_push; \
    }
    CONST_COMPARE_OP(kop_lt, <) CONST_COMPARE_OP(kop_le, <=) CONST_COMPARE_OP(kop_eq, ==)
    CONST_COMPARE_OP(kop_ne, !=) CONST_COMPARE_OP(kop_gt, >) CONST_COMPARE_OP(kop_ge, >=)
#undef CONST_COMPARE_OP
    op_load_fast: PUSH(fast[ARG16]); NEXT(3);   /* the compiler proved the local bound here */
    op_load_fast_check: {
        uint32_t i = ARG16;
        val_t v = fast[i];
        if (!v) { RELOAD_BARRIER(); SAVE_IP(); unbound_local(ci, ARG16); }
        PUSH(v);
        NEXT(3);
    }
    /* superinstructions: the pair's second instruction is still in place at ip + 3 (a jump to it
     * runs it alone); from here it runs without a dispatch of its own */
    op_load_fast_load_fast: PUSH(fast[ARG16]); PUSH(fast[rd16(ip + 4)]); NEXT(6);
    op_store_fast_load_fast: fast[ARG16] = TOP; TOP = fast[rd16(ip + 4)]; NEXT(6);
    op_load_fast_load_const: PUSH(fast[ARG16]); ip += 3; goto *after_const[ip[3]];   /* op_load_const's look-ahead */
    /* LOAD_ATTR's hit and miss functions (attrcache.h) on the local, as op_load_attr calls them; a
     * `goto op_load_attr` for the miss made gcc allocate other handlers' registers worse (measured) */
    op_load_fast_load_attr: {
        val_t o = fast[ARG16];
        const val_t *p = attr_load_hit(SITE(rd16(ip + 6)), o);
        PUSH(o);
        if (__builtin_expect(p != NULL, 1)) { TOP = *p; NEXT(8); }
        ip += 3;
        SAVE_IP();
        TOP = attr_load_miss(SITE(ARG16B), TOP, ci->names[ARG16]);
        NEXT(5);
    }
    op_store_fast: fast[ARG16] = POP(); NEXT(3);
    op_delete_fast: SAVE_IP();
        A = ARG16;
        if (!fast[A]) unbound_local(ci, A);
        fast[A] = MISSING;
        NEXT(3);
    op_load_deref: {
        uint32_t i = ARG16;
        val_t v = ((cell_t *)cells[i])->value;
        if (!v) { SAVE_IP(); unbound_deref(ci, i); }
        PUSH(v);
        NEXT(3);
    }
    op_store_deref: SAVE_IP(); ((cell_t *)cells[ARG16])->value = POP(); NEXT(3);
    op_delete_deref: SAVE_IP();
        A = ARG16;
        if (!((cell_t *)cells[A])->value) unbound_deref(ci, A);
        ((cell_t *)cells[A])->value = MISSING;
        NEXT(3);
    op_load_closure: PUSH(cells[ARG16]); NEXT(3);
    op_load_classderef: SAVE_IP();
        A = ARG16;
        a = f->locals ? dict_get(f->locals, ci->derefnames[A]) : MISSING;
        if (!a) { a = ((cell_t *)cells[A])->value; if (!a) unbound_deref(ci, A); }
        PUSH(a);
        NEXT(3);
    op_store_name: {
        uint32_t i = ARG16;
        val_t v = POP();
        uintptr_t e = ci->namecache[i];
        /* ldict's entries are in RAM (LDICT_REFRESH), and a RAM dict never turns into a ROM one
         * (only dict_init_rom makes those, at start-up): no cap check, unlike cached_entry_ram */
        if (__builtin_expect(entry_has_key(ldict, ci->names[i], e), 1)) { ldict->entries[e].value = v; NEXT(3); }
        RELOAD_BARRIER();
        SAVE_IP();
        store_name_slow(f->locals, ci, ARG16, sp[1]);
        LDICT_REFRESH();
        NEXT(3);
    }
    op_delete_name: SAVE_IP();
        if (!dict_del(f->locals, ci->names[ARG16])) load_name_error(ci->names[ARG16]);
        NEXT(3);
    op_store_global: {   /* globals are always a dict: no type check */
        uint32_t i = ARG16;
        val_t v = POP();
        dict_entry_t *const ent = cached_entry_ram(DICT(f->globals), ci->namecache[i]);
        if (__builtin_expect(ent->key == ci->names[i], 1)) { ent->value = v; NEXT(3); }
        RELOAD_BARRIER();
        SAVE_IP();
        store_name_slow(f->globals, ci, ARG16, sp[1]);
        NEXT(3);
    }
    op_delete_global: SAVE_IP();
        if (!dict_del(f->globals, ci->names[ARG16])) load_name_error(ci->names[ARG16]);
        NEXT(3);
    op_delete_attr: SAVE_IP(); obj_delattr(POP(), ci->names[ARG16]); NEXT(3);
    op_import_name: SAVE_IP();
        b = POP(); a = TOP;
        TOP = vm_import_name(f, ci->names[ARG16], b, a);
        NEXT(3);
    op_import_from: SAVE_IP();
        a = vm_import_from(TOP, ci->names[ARG16]);
        PUSH(a);
        NEXT(3);
    op_call_function: { SAVE_IP();
        /* by the callee's type (a small int reads attr_stub's), then one test per fast case */
        uint32_t n = ARG16;
        val_t fn = sp[-(intptr_t)n], r;
        const type_t *const ft = attr_obj(fn)->type;
        if (ft == &function_type) {
            const code_info_t *const nci = &((code_t *)((function_t *)fn)->code)->info;
            if (__builtin_expect(inline_call_bad(nci, nci->inline_small_argc, n) == 0, 1)) { sp -= n; INLINE_CALL(fn, nci, sp + 1, n, 0, 1); }
            if (inline_call_bad(nci, nci->inline_argc, n) == 0) { sp -= n; INLINE_CALL(fn, nci, sp + 1, n, 0, 0); }
            if (nci->inline_argc == n) vm_stack_overflow();   /* no room for the frame */
            sp -= n;
            r = func_call(fn, (int)n, 0, sp + 1);
        } else if (ft == &native_type) {
            const native_t *const nt = (const native_t *)fn;
            sp -= n;
            if (__builtin_expect(native_fixed_bad(nt, n) == 0, 1)) { *sp = native_fixed_call(nt, sp + 1); NEXT(3); }
            r = native_call(fn, (int)n, 0, sp + 1);
        } else if (ft == &type_type) {
            /* C(args) of a user class built by object.__new__ whose __init__ can run inline:
             * the instance replaces the class in the caller's stack, where the return finds it;
             * the arguments are the instance and sp[1..n], from sp */
            const type_t *const t = TYPE(fn);
            val_t const init = inline_class_init(t);
            const code_info_t *const nci = &((code_t *)((function_t *)init)->code)->info;
            sp -= n;
            if (__builtin_expect(inline_call_bad(nci, nci->inline_argc, n + 1) == 0, 1)) {
                *sp = inst_new(t);
                if (nci->inline_small_argc == n + 1) INLINE_CALL(init, nci, sp, n + 1, 1, 1);
                INLINE_CALL(init, nci, sp, n + 1, 1, 0);
            }
            if (inline_init(t, n + 1)) vm_stack_overflow();   /* no room for the frame */
            r = call(fn, (int)n, 0, sp + 1);
        } else {
            sp -= n;
            r = call(fn, (int)n, 0, sp + 1);
        }
        *sp = r;
        NEXT(3);
    }
    op_call_function_kw: { SAVE_IP();
        A = ARG16;
        val_t kwn = *sp;
        int nkw = (int)TUPLE(kwn)->len;
        sp -= A + 1;
        *sp = call(*sp, (int)A - nkw, nkw, sp + 1);
        NEXT(3);
    }
    op_call_function_ex: SAVE_IP();
        A = ARG16;
        c = (A & 1) ? POP() : MISSING;
        b = POP();
        TOP = call_ex(TOP, b, c);
        NEXT(3);
    op_call_method: { SAVE_IP();
        /* as CALL_FUNCTION, with self (sp[1] below) as the first argument; self is MISSING when
         * LOAD_METHOD found an attribute rather than a method: then the call is fn(args) */
        uint32_t n = ARG16;
        val_t *const base = sp - n - 1;
        val_t fn = base[0], r;
        const type_t *const ft = attr_obj(fn)->type;
        uintptr_t const noself = base[1] == MISSING;
        if (ft == &function_type) {
            const code_info_t *const nci = &((code_t *)((function_t *)fn)->code)->info;
            if (__builtin_expect((inline_call_bad(nci, nci->inline_small_argc, n + 1) | noself) == 0, 1)) { sp = base; INLINE_CALL(fn, nci, sp + 1, n + 1, 0, 1); }
            if ((inline_call_bad(nci, nci->inline_argc, n + 1) | noself) == 0) { sp = base; INLINE_CALL(fn, nci, sp + 1, n + 1, 0, 0); }
            if (!noself && nci->inline_argc == n + 1) vm_stack_overflow();   /* no room for the frame */
        } else if (ft == &native_type) {
            const native_t *const nt = (const native_t *)fn;
            if (__builtin_expect((native_fixed_bad(nt, n + 1) | noself) == 0, 1)) { sp = base; *sp = native_fixed_call(nt, sp + 1); NEXT(3); }
        }
        if (noself) r = call(fn, (int)n, 0, base + 2);
        else if (ft == &function_type) r = func_call(fn, (int)n + 1, 0, base + 1);
        else if (ft == &native_type) r = native_call(fn, (int)n + 1, 0, base + 1);
        else r = call(fn, (int)n + 1, 0, base + 1);
        sp = base;
        *sp = r;
        NEXT(3);
    }
    op_make_function: SAVE_IP();
        A = ARG16;
        a = POP();
        a = make_function(a, f->globals, A, &sp);
        PUSH(a);
        NEXT(3);
    op_build_tuple: SAVE_IP();
        A = ARG16;
        sp -= A;
        a = tuple_new(A, sp + 1);
        PUSH(a);
        NEXT(3);
    op_build_list: SAVE_IP();
        A = ARG16;
        sp -= A;
        a = list_new(A, sp + 1);
        PUSH(a);
        NEXT(3);
    op_build_set: SAVE_IP();
        A = ARG16;
        a = set_new(&set_type);
        for (uint32_t i = 0; i < A; i++) set_add(a, sp[1 - (int)A + (int)i]);
        sp -= A;
        PUSH(a);
        NEXT(3);
    op_build_map: SAVE_IP();
        A = ARG16;
        a = dict_new();
        for (uint32_t i = 0; i < A; i++) dict_set(a, sp[1 - 2 * (int)A + 2 * (int)i], sp[2 - 2 * (int)A + 2 * (int)i]);
        sp -= 2 * A;
        PUSH(a);
        NEXT(3);
    op_build_const_key_map: SAVE_IP();
        A = ARG16;
        b = POP();
        a = dict_new();
        for (uint32_t i = 0; i < A; i++) dict_set(a, TUPLE(b)->items[i], sp[1 - (int)A + (int)i]);
        sp -= A;
        PUSH(a);
        NEXT(3);
    op_build_slice: SAVE_IP();
        A = ARG16;
        if (ip[3] == BC_BINARY_SUBSCR) {   /* + BINARY_SUBSCR: x[a:b] of a list or tuple without a slice object */
            a = seq_slice_fast(sp[-(int)A], sp[1 - (int)A], sp[2 - (int)A], A == 3 ? sp[0] : NONE);
            if (a) { sp -= A; TOP = a; NEXT(4); }
        }
        c = A == 3 ? POP() : NONE;
        b = POP();
        TOP = slice_new(TOP, b, c);
        NEXT(3);
    op_build_string: { SAVE_IP();
        A = ARG16;
        sbuf_t sb;
        sb_init(&sb, 32);
        for (uint32_t i = 0; i < A; i++) sb_addv(&sb, sp[1 - (int)A + (int)i]);
        sp -= A;
        a = sb_finish(&sb);
        PUSH(a);
        NEXT(3);
    }
    op_format_value: SAVE_IP();
        A = ARG16;
        b = (A & 4) ? POP() : MISSING;
        a = TOP;
        if ((A & 3) == 1) a = obj_str(a);
        else if ((A & 3) == 2) a = obj_repr(a);
        else if ((A & 3) == 3) a = builtin_ascii(a);
        if (!b && IS_STR(a)) TOP = a;
        else TOP = format_value(a, b ? b : empty_str);
        NEXT(3);
    op_list_append: { SAVE_IP(); val_t v = POP(); list_append(sp[1 - (intptr_t)ARG16], v); NEXT(3); }
    op_set_add: SAVE_IP(); A = ARG16; a = POP(); set_add(sp[1 - (int)A], a); NEXT(3);
    op_map_add: SAVE_IP(); A = ARG16; b = POP(); a = POP(); dict_set(sp[1 - (int)A], a, b); NEXT(3);
    op_list_extend: SAVE_IP(); A = ARG16; a = POP(); list_extend_v(sp[1 - (int)A], a); NEXT(3);
    op_set_update: SAVE_IP(); A = ARG16; a = POP(); set_update_v(sp[1 - (int)A], a); NEXT(3);
    op_dict_update: SAVE_IP(); A = ARG16; a = POP(); dict_update_v(sp[1 - (int)A], a); NEXT(3);
    op_dict_merge: SAVE_IP(); A = ARG16; a = POP(); dict_merge_call(sp[1 - (int)A], a, sp[-1 - (int)A]); NEXT(3);
    op_unpack_sequence: SAVE_IP();
        A = ARG16;
        a = POP();
        unpack_sequence(a, A, sp + 1);
        sp += A;
        NEXT(3);
    op_raise_varargs: SAVE_IP();
        A = ARG16;
        if (A == 0) {
            a = vm_handled;
            if (!a || a == NONE) raise_msg(&RuntimeError_type, "No active exception to reraise");
            vm_reraising = true;
            { extern __attribute__((noreturn)) void reraise(val_t); reraise(a); }
        }
        if (A == 2) {
            b = POP();
            a = exc_instance(POP());
            if (b != NONE) b = exc_instance(b);
            ((exc_t *)a)->cause = b;
            ((exc_t *)a)->suppress_context = true;
        } else a = exc_instance(POP());
        raise(a);
    /* block-local temporaries in the hot handlers: the shared a/b/c live in stack slots */
    op_copy: {
        /* x[k] op= v begins COPY 2, COPY 2, BINARY_SUBSCR: with x a list and k a small int in
         * range, the three at once (x, k, x[k] on the stack). Two word compares find the
         * pattern: the first covers this COPY and the next opcode, so the second reads only
         * bytes of that COPY and the opcode after it. */
        if (rd32(ip) == (BC_COPY | 2u << 8 | (uint32_t)BC_COPY << 24) &&
            rd32(ip + 3) == (BC_COPY | 2u << 8 | (uint32_t)BC_BINARY_SUBSCR << 24)) {
            val_t x = sp[-1], k = sp[0];
            if ((k & ~x & 1) && OBJ(x)->type == &list_type) {   /* k small, x an object */
                intptr_t i = SMALL(k), n = (intptr_t)LIST(x)->len;
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) { PUSH(LIST(x)->items[i]); NEXT(7); }
            }
        }
        val_t v = sp[1 - (intptr_t)ARG16]; PUSH(v); NEXT(3);
    }
    op_swap: {
        /* and ends SWAP 3, SWAP 2, STORE_SUBSCR (x, k, result on the stack): x[k] = result */
        if (rd32(ip) == (BC_SWAP | 3u << 8 | (uint32_t)BC_SWAP << 24) &&
            rd32(ip + 3) == (BC_SWAP | 2u << 8 | (uint32_t)BC_STORE_SUBSCR << 24)) {
            val_t x = sp[-2], k = sp[-1];
            if ((k & ~x & 1) && OBJ(x)->type == &list_type) {
                intptr_t i = SMALL(k), n = (intptr_t)LIST(x)->len;
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) { LIST(x)->items[i] = sp[0]; sp -= 3; NEXT(7); }
            }
        }
        val_t *p = sp + 1 - (intptr_t)ARG16, t = TOP; TOP = *p; *p = t; NEXT(3);
    }
    op_load_name: {
        /* Only module code, class bodies and exec'd code have LOAD_NAME: the loader gave such code
         * a namecache. A hit is the entry check of entry_if_key and a load; a builtin's also
         * needs the name absent from the frame's dicts (so not while ldict is the empty one). */
        uint32_t i = ARG16;
        uintptr_t e = ci->namecache[i];
        if (__builtin_expect(entry_has_key(ldict, ci->names[i], e), 1)) { PUSH(ldict->entries[e].value); NEXT(5); }
        goto load_name_miss;
    }
    op_load_name_load_const: {   /* op_load_name's hit, then LOAD_CONST_OPERAND's look-ahead */
        uint32_t i = ARG16;
        uintptr_t e = ci->namecache[i];
        if (__builtin_expect(entry_has_key(ldict, ci->names[i], e), 1)) {
            PUSH(ldict->entries[e].value);
            ip += 5;
            goto *after_const[ip[3]];
        }
        goto load_name_miss;   /* the LOAD_NAME alone; the LOAD_CONST_OPERAND is dispatched */
    }
    load_name_miss: {
        RELOAD_BARRIER();
        uint32_t i = ARG16;
        val_t name = ci->names[i], v;
        uintptr_t e = ci->namecache[i];
        if ((e & NAMECACHE_BUILTIN) && ldict != &no_locals_dict &&
            (v = entry_if_key(vm_builtins, name, e & ~NAMECACHE_BUILTIN)) && absent_str(V(ldict), name) &&
            (V(ldict) == f->globals || absent_str(f->globals, name))) { PUSH(v); NEXT(5); }
        SAVE_IP();
        v = load_name_slow(f, ci, i);
        LDICT_REFRESH();
        PUSH(v);
        NEXT(5);
    }
    op_load_global: {
        /* the same per-name cache (loader.c gives code with LOAD_GLOBAL a namecache), on globals */
        {
            uint32_t const i = ARG16;
            val_t const name = ci->names[i], g = f->globals;
            uintptr_t const e = ci->namecache[i];
            const dict_entry_t *const ent = cached_entry(DICT(g), e);
            if (__builtin_expect(ent->key == name, 1)) { PUSH(ent->value); NEXT(5); }
            /* no RELOAD_BARRIER yet: builtins (len, range) are as common here as globals. A
             * builtin (an entry of builtins holding the name where the cache says) needs the
             * name absent from globals: one test with absent_str's quick case (the first index
             * slot the name would probe is empty; a dict without entries has a one-slot empty
             * index). An untagged entry number may find the name in builtins too: then the
             * builtin is the answer all the same. */
            const dict_entry_t *const be = cached_entry(DICT(vm_builtins), e & ~NAMECACHE_BUILTIN);
            const dict_t *const gd = DICT(g);
            intptr_t const h = STR(name)->hash;   /* never -1: interning hashes */
            uintptr_t const taken = (uint32_t)(gd->index[(size_t)h & gd->mask] + 1);   /* 0: -1, empty */
            if (sel_opaque((be->key ^ name) | taken) == 0) { a = be->value; goto load_builtin; }
        }
        RELOAD_BARRIER();
        uint32_t i = ARG16;
        val_t name = ci->names[i], g = f->globals, v;
        uintptr_t e = ci->namecache[i];
        /* another key in the name's first index slot of globals: a leaf probes on (builtin_if_absent) */
        if ((a = builtin_if_absent(g, name, e))) goto load_builtin;
        SAVE_IP();
        v = load_global_slow(f, ci, i);
        PUSH(v);
        NEXT(5);
    }
    load_builtin: {
        /* LOAD_GLOBAL found builtin a. LOAD_GLOBAL len + LOAD_FAST x + CALL_FUNCTION 1 with x an
         * exact list, tuple or str (`while i < len(xs)`): the length, pushed here, one dispatch
         * instead of three (bi_len's own fast cases; CPython specializes len() calls as well).
         * Anything else (an unbound x included) runs the three instructions as usual. */
        extern const method_def_t *const builtin_len;
        /* the tests combined (fewer blocks), each read inside the code: an instruction follows
         * LOAD_GLOBAL; one after LOAD_FAST (ip + 8) is never a last 1-byte one with len still
         * under x on the stack, so ip + 9 is there; a CALL_FUNCTION there makes ip + 10 part of
         * its argument */
        if (((a ^ V(builtin_len)) | (uint8_t)(ip[5] ^ BC_LOAD_FAST)) == 0 &&
            rd16(ip + 8) == (BC_CALL_FUNCTION | 1 << 8)) {
            val_t x = fast[rd16(ip + 6)];   /* MISSING when unbound: LOAD_FAST then raises */
            if (((x & 1) | (x == 0) | ip[10]) == 0) {
                const type_t *t = OBJ(x)->type;
                if (t == &list_type) { PUSH(MKSMALL((intptr_t)LIST(x)->len)); NEXT(11); }
                if (t == &tuple_type) { PUSH(MKSMALL((intptr_t)TUPLE(x)->len)); NEXT(11); }
                if (t == &str_type) { PUSH(MKSMALL((intptr_t)STR(x)->nchars)); NEXT(11); }
            }
        }
        PUSH(a);
        NEXT(5);
    }
    /* attribute caches (attrcache.h): a hit cannot raise, so ip is saved on the miss paths only */
    op_load_attr: {
        const val_t *p = attr_load_hit(attr_site(cache, ARG16B), TOP);
        if (__builtin_expect(p != NULL, 1)) { TOP = *p; NEXT(5); }
        SAVE_IP();
        TOP = attr_load_miss(SITE(ARG16B), TOP, ci->names[ARG16]);
        NEXT(5);
    }
    op_store_attr: {
        /* block-local operands on the hit path; the miss reads them again (sp[2], sp[1]) */
        val_t o = sp[0], v = sp[-1];
        sp -= 2;
        if (__builtin_expect(attr_store_hit(attr_site(cache, ARG16B), o, v), 1)) NEXT(5);
        RELOAD_BARRIER();
        SAVE_IP();
        attr_store_miss(SITE(ARG16B), sp[2], ci->names[ARG16], sp[1]);
        NEXT(5);
    }
    op_load_method: {
        val_t const o = TOP;
        val_t cm = attr_method_hit(attr_site(cache, ARG16B), o);
        if (__builtin_expect(cm != MISSING, 1)) { TOP = cm; PUSH(o); NEXT(5); }
        RELOAD_BARRIER();
        a = TOP;
        SAVE_IP();
        val_t name = ci->names[ARG16];
        cm = attr_method_miss(SITE(ARG16B), a, name);
        if (cm) { TOP = cm; PUSH(a); NEXT(5); }
        const type_t *t = type_of(a);
        extern val_t user_getattr_slot(val_t, val_t), type_lookup_attr(const type_t *, val_t);
        val_t m = (!t->getattr || t->getattr == user_getattr_slot) ? type_lookup_attr(t, name) : MISSING;
        if (m && (is_type(m, &function_type) || is_type(m, &native_type)) && !isinstance_of(a, &type_type) &&
            !((t->flags & TF_HAS_DICT) && inst_has_attr(a, name))) {
            TOP = m;
            PUSH(a);
        } else {
            TOP = obj_getattr(a, name);
            PUSH(MISSING);
        }
        NEXT(5);
    }
    op_unpack_ex: { SAVE_IP();
        uint32_t na = ARG16, nb2 = ARG16B;
        a = POP();
        unpack_ex(a, na, nb2, sp + 1);
        uint32_t n = na + nb2 + 1;
        sp += n;
        NEXT(5);
    }
    op_jump: CHECK_INTERRUPT(); ip = code + ARGJ; DISPATCH();
    op_pop_jump_if_false: {
        val_t v = POP();
        if (v == FALSE_V || (v != TRUE_V && (IS_SMALL(v) ? v == MKSMALL(0) : (SAVE_IP(), !obj_truth(v))))) { CHECK_INTERRUPT(); ip = code + ARGJ; DISPATCH(); }
        NEXT(5);
    }
    op_pop_jump_if_true: {
        val_t v = POP();
        if (v == TRUE_V || (v != FALSE_V && (IS_SMALL(v) ? v != MKSMALL(0) : (SAVE_IP(), obj_truth(v))))) { CHECK_INTERRUPT(); ip = code + ARGJ; DISPATCH(); }
        NEXT(5);
    }
    op_jump_if_false_or_pop: SAVE_IP();
        if (!obj_truth(TOP)) { ip = code + ARGJ; DISPATCH(); }
        sp--;
        NEXT(5);
    op_jump_if_true_or_pop: SAVE_IP();
        if (obj_truth(TOP)) { ip = code + ARGJ; DISPATCH(); }
        sp--;
        NEXT(5);
    op_for_iter: {
        val_t it = TOP, v;
        if (is_type(it, &range_iter_type)) {   /* range_iter_next inline: it cannot raise */
            rangeit_t *r = (rangeit_t *)it;
            /* cur short of stop in the step's direction, in one branch: cur - stop negated when
             * the step is negative (s = -1) must be negative; no overflow, since a range_iter's
             * bounds and step lie within +-2**60 (iter.c, else it is a longrange_iterator) */
            intptr_t cur = r->cur, d = cur - r->stop, s = r->step >> 63;
            if (((d ^ s) - s) < 0) {
                r->cur = cur + r->step;
                /* `for i in range(...)` in a function: the STORE_FAST after it, done here */
                if (ip[5] == BC_STORE_FAST) { fast[rd16(ip + 6)] = MKSMALL(cur); NEXT(8); }
                if (ip[5] == BC_STORE_NAME) {   /* and the STORE_NAME of module code, when its cache hits */
                    uint32_t i = rd16(ip + 6);
                    uintptr_t e = ci->namecache[i];
                    if (entry_has_key(ldict, ci->names[i], e)) { ldict->entries[e].value = MKSMALL(cur); NEXT(8); }
                }
                PUSH(MKSMALL(cur));
                NEXT(5);
            }
            sp--;
            ip = code + ARGJ;
            DISPATCH();
        }
        SAVE_IP();
        if (is_type(it, &list_iter_type)) v = list_iter_next(it);
        else if (is_type(it, &generator_type)) {
            bool y;
            generator_t *const g = (generator_t *)it;
            if (gen_inline_iterable(g, f)) { b = NONE; goto resume_inline; }
            if (g->state == GEN_SUSPENDED) v = gen_resume(g, NONE, &y);
            else v = gen_send(it, NONE, MISSING, &y);
            if (!y) v = MISSING;
        }
        else v = obj_next(it);
        if (v) { PUSH(v); NEXT(5); }
        sp--;
        ip = code + ARGJ;
        DISPATCH();
    }
    resume_inline: {
        /* FOR_ITER or YIELD_FROM over a generator (TOP) that gen_inline_resumable accepts, sent
         * `b`: its heap frame runs in this loop, as an inline call's does (gen_resume's work
         * without a C call or a setjmp). It comes back at suspend_inline (a yield) or at
         * RETURN_VALUE (finished); an exception that leaves it is seen by vm_unwind_frames
         * (gen_frame_left). While it runs, its `handled` holds the resumer's handled exception,
         * and the resumer's sp points at the generator (what those three find it by). */
        generator_t *const g = (generator_t *)TOP;
        frame_t *const gf = g->frame;
        /* without branches: a suspended frame (susp 1) goes on past its YIELD_VALUE (y) with the
         * sent value pushed, or past the POP_TOP after it too (pt: `yield x` as a statement, the
         * value dropped unpushed: a dispatch less), or stays on its YIELD_FROM with the value
         * pushed; a created one starts (its first stack slot, written here, is dead) */
        const uint8_t *const gip = gf->ip;
        uintptr_t const susp = g->state;   /* GEN_SUSPENDED 1, GEN_CREATED 0 */
        uintptr_t const y = susp & (gip[0] == BC_YIELD_VALUE);
        uintptr_t const pt = y & (gip[1] == BC_POP_TOP);
        gf->ip = gip + y + pt;
        gf->sp[1] = b;
        gf->sp += susp - pt;
        g->state = GEN_RUNNING;
        gen_frame_enter(gf, f);
        val_t const h = gf->handled;
        gf->handled = vm_handled;
        vm_handled = gen_handled_on_resume(h, vm_handled);
        gf->back = f;
        f->sp = sp;
        f = gf;
        vm_current_frame = f;
        RESUME_FRAME();
        DISPATCH();
    }
    }
#undef fast
#undef cells
#undef cache
#undef kc
}
