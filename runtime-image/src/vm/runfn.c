/* runfn.c — the call path of run-time compiled code (exec of a string, `rivet run --mount`):
 * run a function object with a locals dict.
 *
 * Shaped like a small VM's call: the compiler hands back a function object, the caller passes it
 * straight in, and this sets up the frame from it and does not need it afterwards. Everything
 * read from the function happens before the first call here, and the frame is filled in by
 * frame_fill (out of line), so from then on only the frame (ci, an interior pointer into the code
 * object) refers to the code. With RIVET_FRAME_HOLDS_FUNCTION=1 the frame keeps the function, a
 * head pointer (the #2963 fix); with 0 it does not, and whether anything else still points at the
 * function or its code depends only on where the compiler left it (docs/gc-race.md). */
#include "vm.h"
#include "gc.h"

/* checks the stack, zeroes the frame, makes the cells, stores what vm_execute reads */
static __attribute__((noinline)) void frame_fill(frame_t *f, size_t fsize, const code_info_t *ci,
                                                  val_t globals, val_t locals, val_t closure) {
    vm_check_stack();             /* RecursionError margin (24 KiB) is far above any frame's size */
    memset_(f, 0, fsize);
    val_t *cells = f->slots + ci->nlocals;
    for (int i = 0; i < ci->ncells; i++) cells[i] = cell_new(MISSING);
    if (ci->nfrees && closure)
        for (int i = 0; i < ci->nfrees; i++) cells[ci->ncells + i] = TUPLE(closure)->items[i];
    f->ci = ci;
    f->ip = ci->bytecode;
    f->globals = globals;
    f->locals = locals;
    f->sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1;
}

val_t vm_run_function(val_t fnv, val_t locals) {
    function_t *fn = (function_t *)fnv;
    const code_info_t *ci = &((code_t *)fn->code)->info;
    size_t nslots = (size_t)ci->nlocals + ci->ncells + ci->nfrees + ci->stacksize;
    size_t fsize = sizeof(frame_t) + nslots * sizeof(val_t);
    frame_t *f = __builtin_alloca(fsize);
    frame_fill(f, fsize, ci, fn->globals, locals, fn->closure);
#if RIVET_FRAME_HOLDS_FUNCTION
    f->func = fnv;
#endif
    return vm_execute(f, MISSING, NULL);
}
