/* gc_regs.c — spills the callee-saved registers into a buffer the collector scans, so a pointer
 * that lives only in a register (never in a stack slot) is still seen as a root. The caller-saved
 * registers are dead across the call to the collector by the ABI, so only these six matter. 
 * Written as top-level asm in a .c file so the runtime Makefile (which compiles the C files of src/vm)
 * and the hosted build pick it up without a rule for assembler sources. */
__asm__(
    "    .text\n"
    "    .globl gc_capture_regs\n"
    "    .type gc_capture_regs, @function\n"
    "gc_capture_regs:            /* void gc_capture_regs(uintptr_t buf[6]) — buf in rdi */\n"
    "    movq %rbx, 0(%rdi)\n"
    "    movq %rbp, 8(%rdi)\n"
    "    movq %r12, 16(%rdi)\n"
    "    movq %r13, 24(%rdi)\n"
    "    movq %r14, 32(%rdi)\n"
    "    movq %r15, 40(%rdi)\n"
    "    ret\n"
    "    .size gc_capture_regs, .-gc_capture_regs\n"
    ".text\n");
