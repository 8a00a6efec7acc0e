/* Exercises the board's devices; argv[0] picks the scenario (see DevicesTest). */
#include "guest.h"

typedef struct { uint32_t op, status; uint64_t arg[4]; uint64_t ret[2]; } hostcall_t;

static uint32_t hostcall(hostcall_t *h) {
    outl(boot->hostcall_port, (uint32_t)(uintptr_t)h);
    return h->status;
}

static int echo(void) {
    uint16_t u = boot->uart_port;
    outb(u + 7, 0x5A);
    puts_("scratch "); puthex(inb(u + 7)); putc_('\n');
    puts_("lsr "); puthex(inb(u + 5)); puts_("\n> ");
    int n = 0;
    for (;;) {
        while (!(inb(u + 5) & 1)) {}
        char c = (char)inb(u);
        if (c == '\n') break;
        putc_(c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
        n++;
    }
    puts_("\nempty "); putdec(inb(u)); putc_('\n');
    return n;
}

static int clock(void) {
    uint64_t t1 = ticks();
    volatile int x = 0;
    for (int i = 0; i < 1000; i++) x += i;
    uint64_t t2 = ticks();
    puts_("t1 "); putdec(t1); puts_(" t2 "); putdec(t2); putc_('\n');
    return t2 > t1 ? 0 : 1;
}

static hostcall_t block;

static int hostcalls(void) {
    block.op = 1;
    puts_("version status "); putdec(hostcall(&block)); puts_(" ret "); putdec(block.ret[0]); putc_('\n');
    static const char msg[] = "hello host";
    block.op = 2; block.arg[0] = (uint64_t)(uintptr_t)msg; block.arg[1] = sizeof msg - 1;
    puts_("log status "); putdec(hostcall(&block)); putc_('\n');
    block.op = 99;
    puts_("unknown status "); putdec(hostcall(&block)); putc_('\n');
    block.op = 2; block.arg[0] = 0x10; block.arg[1] = 4;
    puts_("bad pointer status "); putdec(hostcall(&block)); putc_('\n');
    block.op = 2; block.arg[0] = (uint64_t)(uintptr_t)msg; block.arg[1] = 1ull << 40;
    puts_("bad length status "); putdec(hostcall(&block)); putc_('\n');
    block.op = 77; block.arg[0] = 5;
    puts_("custom status "); putdec(hostcall(&block)); puts_(" ret "); putdec(block.ret[0]); putc_('\n');
    return 0;
}

static uint64_t counter;

static int stop_and_count(void) {
    /* op 78 asks the host to stop the board; each resume prints the counter. */
    for (int i = 0; i < 3; i++) {
        counter++;
        block.op = 78;
        hostcall(&block);
        puts_("counter "); putdec(counter); putc_('\n');
    }
    return (int)counter;
}

int main(const bootinfo_t *info) {
    boot = info;
    const char *what = info->argv;
    if (streq(what, "echo")) return echo();
    if (streq(what, "clock")) return clock();
    if (streq(what, "hostcall")) return hostcalls();
    if (streq(what, "stop")) return stop_and_count();
    if (streq(what, "spin")) { for (;;) { __asm__ volatile(""); } }
    if (streq(what, "exit_wide")) { outl(boot->exit_port, 0x1234); for (;;) {} }
    return 100;
}
