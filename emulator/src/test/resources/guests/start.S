/* start.S — test guest boot stub: copy .data from flash, zero .bss, call main(bootinfo, entry rsp), exit. */
    .section .text.boot, "ax"
    .globl _start
_start:
    mov %rdi, %r12
    lea __data_load(%rip), %rsi
    lea __data_start(%rip), %rdi
    lea __data_end(%rip), %rcx
    sub %rdi, %rcx
    rep movsb
    lea __bss_start(%rip), %rdi
    lea __bss_end(%rip), %rcx
    sub %rdi, %rcx
    xor %eax, %eax
    rep stosb
    xor %ebp, %ebp
    mov %r12, %rdi
    mov %rsp, %rsi
    call main
    mov $0xf4, %dx
    out %al, %dx
    hlt
    .section .note.GNU-stack, "", @progbits
