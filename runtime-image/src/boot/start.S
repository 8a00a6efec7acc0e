/* start.S — the boot stub: the first code the board runs (e_entry).
 * The loader enters here in 64-bit mode with rsp = stack top and rdi = the boot-info block
 * (docs/board-abi.md). This stub owns only what C cannot do for itself: SSE on, .data copied
 * from flash, .bss zeroed. It must never touch the heap or the boot-info block. */

    .section .text.boot, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    mov     %rdi, %r12              /* keep the boot-info pointer (callee-saved) */

    /* SSE: the ABI says the loader enables it; re-assert it here so gcc's SSE moves are safe
     * even under a loader that does not (CR0.EM off, CR0.MP on, CR4.OSFXSR + OSXMMEXCPT on). */
    mov     %cr0, %rax
    and     $~(1 << 2), %rax
    or      $(1 << 1), %rax
    mov     %rax, %cr0
    mov     %cr4, %rax
    or      $(3 << 9), %rax
    mov     %rax, %cr4

    /* .data: copy its initial image from flash to RAM */
    mov     $__data_load, %rsi
    mov     $__data_start, %rdi
    mov     $__data_end, %rcx
    sub     %rdi, %rcx
    cld
    rep movsb

    /* .bss: zero it */
    mov     $__bss_start, %rdi
    mov     $__bss_end, %rcx
    sub     %rdi, %rcx
    xor     %eax, %eax
    rep stosb

    xor     %ebp, %ebp              /* a zero frame pointer ends every backtrace here */
    mov     %r12, %rdi
    call    rivet_main
    mov     %eax, %edi
    call    hal_exit                /* does not return */
1:  hlt
    jmp     1b
    .size _start, . - _start
