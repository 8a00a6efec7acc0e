/* One way to fault per function, so each report can name its symbol; argv[0] picks it. */
#include "guest.h"

static volatile uint64_t sink;

__attribute__((noinline)) void read_null(void) { sink = *(volatile uint64_t *)(uintptr_t)8; }
__attribute__((noinline)) void read_unmapped(void) { sink = *(volatile uint64_t *)(uintptr_t)0x50000000; }
__attribute__((noinline)) void write_unmapped(void) { *(volatile uint64_t *)(uintptr_t)0x50000000 = 1; }
__attribute__((noinline)) void write_flash(void) { *(volatile uint32_t *)(uintptr_t)0x100234 = 1; }
__attribute__((noinline)) void exec_ram(void) {
    static uint8_t code[16] = {0xc3};
    ((void (*)(void))(uintptr_t)code)();
}
__attribute__((noinline)) void jump_unmapped(void) { ((void (*)(void))(uintptr_t)0x70000000)(); }
__attribute__((noinline)) void invalid_opcode(void) { __asm__ volatile("ud2"); }
__attribute__((noinline)) int divide(int a, int b) { return a / b; }
__attribute__((noinline)) void halt(void) { __asm__ volatile("hlt"); }
__attribute__((noinline)) uint64_t recurse(uint64_t n) {
    volatile uint64_t pad[32];
    pad[n & 31] = n;
    return recurse(n + 1) + pad[(n + 1) & 31];
}
__attribute__((noinline)) void weeds(void) {
    /* Jump into erased flash far past all code, with rax = 0: the zero bytes there decode as
     * add %al,(%rax), a write to address 0. */
    __asm__ volatile("mov $0x180000, %%ecx; xor %%eax, %%eax; jmp *%%rcx" ::: "rax", "rcx", "memory");
}
__attribute__((noinline)) void level2(const char *what) {
    if (streq(what, "null")) read_null();
    if (streq(what, "read")) read_unmapped();
    if (streq(what, "write")) write_unmapped();
    if (streq(what, "flash")) write_flash();
    if (streq(what, "exec_ram")) exec_ram();
    if (streq(what, "fetch")) jump_unmapped();
    if (streq(what, "ud")) invalid_opcode();
    if (streq(what, "div")) sink = (uint64_t)divide(7, (int)sink);
    if (streq(what, "hlt")) halt();
    if (streq(what, "stack")) sink = recurse(0);
    if (streq(what, "weeds")) weeds();
    if (streq(what, "badblock")) outl(boot->hostcall_port, 0x50000000);
}
__attribute__((noinline)) void level1(const char *what) { level2(what); sink++; }

int main(const bootinfo_t *info) {
    boot = info;
    level1(info->argv);
    return 0;
}
