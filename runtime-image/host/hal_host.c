/* hal_host.c — the HAL for the hosted development build: UART on stdout, exit via exit(),
 * a fake deterministic clock, and main() that reads an image file into memory and builds a
 * boot-info block around a malloc'd heap. A dev/test tool; the board build is the product. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/hal/hal.h"

int vm_main(const bootinfo_t *info);
static const bootinfo_t *boot;
static uint64_t ticks;

void hal_init(const bootinfo_t *info) { boot = info; }
const bootinfo_t *hal_bootinfo(void) { return boot; }
void hal_putc(int byte) { putchar(byte); }
void hal_write(const char *bytes, size_t len) { fwrite(bytes, 1, len, stdout); }
int hal_getc(void) { return -1; }
void hal_exit(int code) { fflush(stdout); exit(code & 0xFF); }
uint64_t hal_ticks(void) { return ticks += 1000; }
uint32_t hal_hostcall(hostcall_t *r) { r->status = HOSTCALL_UNKNOWN_OP; return r->status; }
void hal_boot_ready(void) {}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: rivet-vm-host IMAGE [--heap KIB] [--stress] [args...]\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *img = aligned_alloc(4096, ((size_t)n + 4095) & ~4095ul);
    if (fread(img, 1, (size_t)n, f) != (size_t)n) { perror("read"); return 2; }
    fclose(f);
    static bootinfo_t info;
    info.magic = BOOTINFO_MAGIC;
    info.version = BOOTINFO_VERSION;
    size_t heap = 1024 * 1024;
    int i = 2;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--heap") && i + 1 < argc) heap = (size_t)atol(argv[++i]) * 1024;
        else if (!strcmp(argv[i], "--stress")) info.options |= BOOT_OPT_GC_STRESS;
        else if (!strcmp(argv[i], "--poison")) info.options |= BOOT_OPT_GC_POISON;
        else break;
    }
    info.heap_size = heap;
    info.heap_base = (uint64_t)(uintptr_t)aligned_alloc(4096, heap);
    /* the stack: this process's own; the top is a little above main's frame */
    char here;
    size_t stack = 256 * 1024;
    info.stack_base = (uint64_t)(uintptr_t)&here - stack;
    info.stack_size = stack;
    info.image_base = (uint64_t)(uintptr_t)img;
    info.image_size = (uint64_t)n;
    info.clock_hz = 100000000;
    strcpy(info.board_name, "host");
    /* argv: the image name, then the remaining arguments */
    size_t p = 0;
    const char *a0 = argv[1];
    memcpy(info.argv + p, a0, strlen(a0) + 1); p += strlen(a0) + 1; info.argc = 1;
    for (; i < argc && p + strlen(argv[i]) + 1 < sizeof info.argv; i++) {
        memcpy(info.argv + p, argv[i], strlen(argv[i]) + 1); p += strlen(argv[i]) + 1; info.argc++;
    }
    info.argv_size = (uint32_t)p;
    hal_init(&info);
    int rc = vm_main(&info);
    fflush(stdout);
    return rc & 0xFF;
}
