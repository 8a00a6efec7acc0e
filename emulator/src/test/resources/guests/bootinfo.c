/* Prints the boot-info block and checks the loader's promises (data copied, bss zeroed, SSE). */
#include "guest.h"

static volatile int initialised = 42;
static volatile int zeroed;
static volatile double half = 0.5;

int main(const bootinfo_t *info, uint64_t rsp) {
    boot = info;
    puts_("magic "); puthex(info->magic); putc_('\n');
    puts_("version "); putdec(info->version); putc_('\n');
    puts_("flash "); puthex(info->flash_base); putc_(' '); puthex(info->flash_size); putc_('\n');
    puts_("ram "); puthex(info->ram_base); putc_(' '); puthex(info->ram_size); putc_('\n');
    puts_("heap "); puthex(info->heap_base); putc_(' '); puthex(info->heap_size); putc_('\n');
    puts_("stack "); puthex(info->stack_base); putc_(' '); puthex(info->stack_size); putc_('\n');
    puts_("image "); puthex(info->image_base); putc_(' '); puthex(info->image_size); putc_('\n');
    puts_("options "); puthex(info->options); putc_('\n');
    puts_("gc_at");
    for (uint64_t i = 0; i < info->gc_at_count; i++) { putc_(' '); putdec(info->gc_at[i]); }
    putc_('\n');
    puts_("ports "); putdec(info->uart_port); putc_(' '); putdec(info->exit_port); putc_(' ');
    putdec(info->hostcall_port); putc_(' '); putdec(info->clock_port); putc_('\n');
    puts_("clock_hz "); putdec(info->clock_hz); putc_('\n');
    puts_("board "); puts_(info->board_name); putc_('\n');
    puts_("argv");
    const char *a = info->argv;
    for (uint32_t i = 0; i < info->argc; i++) { putc_(' '); puts_(a); while (*a) a++; a++; }
    putc_('\n');
    puts_("argv_size "); putdec(info->argv_size); putc_('\n');
    puts_("rsp "); puthex(rsp); putc_('\n');
    puts_("data "); putdec(initialised); puts_(" bss "); putdec(zeroed); putc_('\n');
    double d = half * 6.0;  /* SSE: mulsd */
    puts_("sse "); putdec((uint64_t)d); putc_('\n');
    return 7;
}
