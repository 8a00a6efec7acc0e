/* nlr.c — non-local return for raising exceptions: nlr_push saves the callee-saved registers,
 * the stack pointer and the return address in a buffer (returns 0); nlr_jump restores them and
 * makes that nlr_push return 1. The VM's own setjmp/longjmp: the board has no libc to supply one. 
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
    "    .globl nlr_longjmp\n"
    "    .type nlr_longjmp, @function\n"
    "nlr_longjmp:                /* void nlr_longjmp(uintptr_t buf[8]) — noreturn */\n"
    "    movq 16(%rdi), %rbx\n"
    "    movq 24(%rdi), %rbp\n"
    "    movq 32(%rdi), %r12\n"
    "    movq 40(%rdi), %r13\n"
    "    movq 48(%rdi), %r14\n"
    "    movq 56(%rdi), %r15\n"
    "    movq 8(%rdi), %rsp\n"
    "    movl $1, %eax\n"
    "    jmpq *0(%rdi)\n"
    "    .size nlr_longjmp, .-nlr_longjmp\n"
    ".text\n");
