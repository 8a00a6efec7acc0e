/* nlr.c — non-local return for raising exceptions: nlr_setjmp saves the callee-saved registers,
 * the stack pointer and the return address in a buffer (returns 0); nlr_longjmp restores them and
 * makes that nlr_setjmp return 1. On the way, the interpreter frames entered since the handler was
 * pushed that catch nothing themselves (vm_run_frame, vm.c) are left: vm_unwind_frames gives them
 * their traceback entries and makes the handler's frame current again. The VM's own setjmp/longjmp:
 * the board has no libc to supply one.
 * Written as top-level asm in a .c file so the runtime Makefile (which compiles the C files of src/vm)
 * and the hosted build pick it up without a rule for assembler sources. */
__asm__(
    "    .text\n"
    "    .globl nlr_setjmp\n"
    "    .type nlr_setjmp, @function\n"
    "nlr_setjmp:                 /* int nlr_setjmp(uintptr_t buf[8]) */\n"
    "    movq (%rsp), %rax       /* return address */\n"
    "    movq %rax, 0(%rdi)\n"
    "    leaq 8(%rsp), %rax      /* rsp after return */\n"
    "    movq %rax, 8(%rdi)\n"
    "    movq %rbx, 16(%rdi)\n"
    "    movq %rbp, 24(%rdi)\n"
    "    movq %r12, 32(%rdi)\n"
    "    movq %r13, 40(%rdi)\n"
    "    movq %r14, 48(%rdi)\n"
    "    movq %r15, 56(%rdi)\n"
    "    xorl %eax, %eax\n"
    "    ret\n"
    "    .size nlr_setjmp, .-nlr_setjmp\n"
    "\n"
    "    .globl nlr_longjmp_regs\n"
    "    .type nlr_longjmp_regs, @function\n"
    "nlr_longjmp_regs:           /* void nlr_longjmp_regs(uintptr_t buf[8]) — noreturn */\n"
    "    movq 16(%rdi), %rbx\n"
    "    movq 24(%rdi), %rbp\n"
    "    movq 32(%rdi), %r12\n"
    "    movq 40(%rdi), %r13\n"
    "    movq 48(%rdi), %r14\n"
    "    movq 56(%rdi), %r15\n"
    "    movq 8(%rdi), %rsp\n"
    "    movl $1, %eax\n"
    "    jmpq *0(%rdi)\n"
    "    .size nlr_longjmp_regs, .-nlr_longjmp_regs\n"
    ".text\n");

#include <stddef.h>
#include "nlr.h"

__attribute__((noreturn)) void nlr_longjmp_regs(uintptr_t buf[8]);
void vm_unwind_frames(nlr_buf_t *b);

void nlr_longjmp(uintptr_t regs[8]) {
    nlr_buf_t *b = (nlr_buf_t *)((uintptr_t)regs - offsetof(nlr_buf_t, regs)); /* regs is b->regs */
    if (b->frame != vm_current_frame) vm_unwind_frames(b);
    nlr_longjmp_regs(regs);
}
