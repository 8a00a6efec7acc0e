/* vm.h — code objects, function objects, frames and generators: what the interpreter executes.
 *
 * Frame layout (one per running Python call; on the C stack of func_call, or of vm_loop for an
 * inline call, unless the code is a generator, whose frame lives in the generator object on the
 * heap):
 *   back, ci (code info), [func], ip, globals, locals, slots[nlocals + ncells + nfrees + stacksize]
 * `ci` points INTO the code object (at its code_info member), so it is an interior pointer the
 * conservative GC does not honour: by itself it does not keep the code object (or a run-time
 * compiled image block) alive, exactly like the bytecode pointers of MicroPython issue #2963.
 * With RIVET_FRAME_HOLDS_FUNCTION=1 the frame also holds the function object (a head pointer),
 * which keeps function -> code -> image reachable for as long as the frame runs: the fix. */
#ifndef RIVET_VM_H
#define RIVET_VM_H
#include "obj.h"
#include "../hal/bootinfo.h"
#include "opcodes.h"

enum code_flags {
    CO_FUNCTION = 1, CO_VARARGS = 2, CO_VARKEYWORDS = 4, CO_GENERATOR = 8, CO_HAS_CLOSURE = 16,
    CO_CLASS_BODY = 32, CO_MODULE = 64, CO_HAS_DOC = 128, CO_INTERACTIVE = 256,
};

typedef struct {
    uint32_t start, end, handler;
    uint16_t depth, reserved;
} exc_entry_t;

typedef struct code_info {
    const uint8_t *image;        /* the image this code came from (offsets are relative to it) */
    const uint8_t *bytecode;
    uint32_t bytecode_size;
    uint32_t flags;
    uint16_t argcount, posonlyargcount, kwonlyargcount, nlocals, ncells, nfrees, stacksize, ncache;
    uint32_t firstlineno;
    uint32_t inline_argc;        /* argcount if vm_loop may call the code inline (vm.c,
                                  * INLINE_CALL), else UINT32_MAX, which no call's count equals */
    const uint8_t *linetab; uint32_t linetab_size;
    uint32_t inline_frame_bytes; /* the C stack an inline call's frame takes (16-byte multiple) */
    const exc_entry_t *exctab; uint32_t nexc;
    uint32_t inline_small_argc;  /* inline_argc if the frame is small enough to be set up
                                  * without loops (INLINE_SMALL_*), else UINT32_MAX */
    val_t name, qualname, filename;
    val_t *localnames;           /* nlocals interned names */
    val_t *derefnames;           /* ncells + nfrees */
    val_t *names;
    val_t *consts;
    struct inline_cache *cache;  /* ncache inline-cache records (vm.h; NULL when ncache is 0) */
    uint16_t *namecache;         /* per name: the dict entry number it was found at last (vm.c,
                                  * LOAD_NAME/STORE_NAME/STORE_GLOBAL); NULL when unused */
} code_info_t;

typedef struct code {
    obj_t base;
    code_info_t info;            /* frames point here: an interior pointer (see above) */
} code_t;
#define CODE_OF_INFO(ci) ((code_t *)((char *)(ci) - offsetof(code_t, info)))

typedef struct function {
    obj_t base;
    val_t code;                  /* code_t */
    val_t globals;
    val_t defaults;              /* tuple or MISSING */
    val_t kwdefaults;            /* dict or MISSING */
    val_t closure;               /* tuple of cells or MISSING */
    val_t name, qualname, module, doc;
    val_t dict;
} function_t;

typedef struct frame {
    struct frame *back;
    const code_info_t *ci;
#if RIVET_FRAME_HOLDS_FUNCTION
    val_t func;                  /* the running function object: keeps its code reachable */
#endif
    const uint8_t *ip;           /* start of the instruction being executed */
    val_t globals;
    val_t locals;                /* dict for module/class bodies, else MISSING */
    val_t *sp;                   /* only meaningful while suspended (generators) */
    val_t handled;               /* generators: the handled exception saved across suspension (the
                                  * resumer's while vm_loop runs the frame inline); frames of
                                  * inline calls: the C stack pointer to restore (vm.c) */
    uint32_t gen_depth;          /* generator frames on the chain from this frame through its
                                  * callers (counted through inline calls, 0 after other calls):
                                  * vm_loop resumes a generator inline only below VM_GEN_INLINE_DEPTH,
                                  * so that unbounded generator recursion uses C stack and ends in
                                  * RecursionError, not in a heap full of generator frames */
    val_t slots[];
} frame_t;

typedef struct generator {
    obj_t base;
    val_t func;                  /* keeps the code alive while suspended */
    val_t name, qualname;
    uint8_t state;               /* GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE */
    uint8_t catches_nothing;     /* its code has no exception table (set once, gen_new): right
                                  * after state, so that vm.c tests both with one load */
    frame_t *frame;              /* heap frame */
} generator_t;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };
#define VM_GEN_INLINE_DEPTH 64
/* An inline call (vm.c) sets up a frame of code with at most INLINE_SMALL_ARGS parameters and at
 * most INLINE_SMALL_CLEAR other slots (locals and value stack) with straight-line stores */
#define INLINE_SMALL_ARGS 4
#define INLINE_SMALL_CLEAR 8
/* vm_loop's call of a builtin reads up to this many words past the arguments, so past the last
 * slot of the caller's frame: frames on the heap (generators') are allocated that much longer */
#define VM_FRAME_OVERREAD 2
/* a generator frame about to run under the current frame: one more on the chain (gen.c) */
static inline void gen_frame_enter(frame_t *gf, const frame_t *resumer) {
    gf->gen_depth = (resumer ? resumer->gen_depth : 0) + 1;
}

extern frame_t *vm_current_frame;
extern volatile uint32_t vm_interrupt_pending; /* set by the host on Ctrl-C (repl.c) */
__attribute__((noreturn)) void vm_raise_interrupt(void);
extern val_t vm_handled;         /* the current handled exception (None when none) */
/* A running generator handles its own exception, else its resumer's: as in CPython, whose
 * exception state falls through to the caller's, an exception raised in a generator resumed
 * inside an except block gets that block's exception as __context__. On suspension it keeps
 * only its own (NONE when what is handled is the resumer's). */
static inline val_t gen_handled_on_resume(val_t own, val_t resumer) { return own && own != NONE ? own : resumer; }
static inline val_t gen_handled_on_suspend(val_t current, val_t resumer) { return current == resumer ? NONE : current; }
extern val_t vm_builtins;        /* builtins dict */
extern val_t vm_modules;         /* sys.modules */
extern const bootinfo_t *vm_boot;

val_t func_call(val_t fn, int npos, int nkw, const val_t *args);
val_t native_call(val_t fn, int npos, int nkw, const val_t *args);  /* func.c: builtin functions */
val_t vm_execute(frame_t *f, val_t throw_exc, bool *yielded);
extern bool vm_gen_raised;       /* vm_execute with `yielded`: the result is an exception that left
                                  * the frame (set only until the caller, gen_send, reads it) */
val_t function_new(val_t code, val_t globals);
val_t code_from_image(const uint8_t *image, uint32_t offset);
val_t run_code_with_dict(val_t code, val_t globals, val_t locals);
val_t vm_run_function(val_t fn, val_t locals);  /* runfn.c: run-time compiled code's call path */
uint32_t code_line_of(const code_info_t *ci, uint32_t off);
val_t gen_send(val_t gen, val_t value, val_t throw_exc, bool *yielded);
void vm_check_stack(void);
extern uintptr_t vm_stack_limit;           /* vm.c: RecursionError below this stack address */
void vm_stack_init(const bootinfo_t *info);
__attribute__((noreturn)) void vm_stack_overflow(void);
/* the check of vm_check_stack inlined into a caller: its own frame address against the limit */
#define VM_CHECK_STACK() do { \
        if (__builtin_expect((uintptr_t)__builtin_frame_address(0) < vm_stack_limit, 0)) vm_stack_overflow(); \
    } while (0)
val_t vm_loop(frame_t *f, bool *yield_flag); /* vm.c: the dispatch loop, no setjmp */
bool vm_catch(frame_t *f, val_t e);          /* vm.c: an exception arrived in f: its handler? */
/* A frame whose code has no exception table (and is not a generator's) catches nothing, so it
 * runs without vm_execute's setjmp; an exception leaving it gets its traceback entry from
 * vm_unwind_frames (vm.c, called by nlr_longjmp). */
static inline val_t vm_run_frame(frame_t *f) {
    frame_t *const caller = vm_current_frame;
    f->back = caller;
    vm_current_frame = f;
    bool y;
    val_t r = vm_loop(f, &y);
    vm_current_frame = caller;
    return r;
}
void tb_add(val_t exc, const code_info_t *ci, uint32_t line);
void print_exception(val_t exc);
int loader_run(const bootinfo_t *info);
val_t import_module(val_t name, val_t fromlist, int level, val_t globals);
val_t build_class(int npos, int nkw, const val_t *args);

/* One inline-cache record per instruction site that has a cache slot (docs/bytecode.md 3.3),
 * allocated with the code object by the loader (never while the code runs, so caching adds no
 * allocation, and no collection, to the execution itself). LOAD_GLOBAL/LOAD_NAME leave theirs
 * unused (vm.c: ci->namecache); LOAD_ATTR/STORE_ATTR/LOAD_METHOD use all fields (attrcache.c). The GC finds type
 * and method through the code object (head pointers), so a cached object stays alive. */
typedef struct inline_cache {
    const type_t *type;      /* attributes: the instance type seen last */
    val_t method;            /* LOAD_METHOD: the class-level function, or MISSING */
    uint32_t epoch;          /* attributes: vm_type_epoch when filled */
    uint16_t entry;          /* entry number of the name in the dict it was found in last */
    uint8_t where;           /* globals: 0 none, 1 globals dict, 2 builtins; attributes: 1 filled */
    uint8_t plain;           /* attributes: 0 no fast path, 1 plain user type, 2 builtin type */
} inline_cache_t;

/* attrcache.c: inline caches of attribute access on user-class instances */
extern uint32_t vm_type_epoch;       /* bumped whenever a class attribute changes */
extern bool vm_attr_cache_off;       /* set once a class __dict__ was handed out */
/* the cached accessors themselves are the static inlines of attrcache.h */

int exc_exit_code(val_t system_exit);  /* exc.c: SystemExit -> the board's exit code */

#endif
