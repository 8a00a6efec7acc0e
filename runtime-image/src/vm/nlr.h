/* nlr.h — raising and catching exceptions in C. A handler is pushed on a linked list; raise()
 * longjmps to the innermost one with the exception in `nlr.exc`. Locals changed between
 * NLR_TRY and the raise must be volatile (or re-read from memory), as with setjmp. */
#ifndef RIVET_NLR_H
#define RIVET_NLR_H
#include <stdint.h>
#include "obj.h"

typedef struct nlr_buf {
    struct nlr_buf *prev;
    uintptr_t regs[8];
    val_t exc;
    struct frame *frame;    /* vm_current_frame when pushed: restored by the jump (nlr.c) */
} nlr_buf_t;

extern nlr_buf_t *nlr_top;
extern struct frame *vm_current_frame;
int nlr_setjmp(uintptr_t buf[8]) __attribute__((returns_twice));
__attribute__((noreturn)) void nlr_longjmp(uintptr_t buf[8]);

/* usage: nlr_buf_t b; if (NLR_TRY(&b)) { ...; nlr_pop(&b); } else { handle b.exc } */
#define NLR_TRY(b) ((b)->prev = nlr_top, (b)->frame = vm_current_frame, nlr_top = (b), nlr_setjmp((b)->regs) == 0)
static inline void nlr_pop(nlr_buf_t *b) { nlr_top = b->prev; }

#endif
