/* board_main.c — the board build: a HAL shim just big enough for the benchmark (UART out, debug
 * exit), entered from the runtime's own boot stub (runtime-image/src/boot/start.S) as rivet_main.
 * sys.argv[0] (boot info) picks the loop, "switch" or "threaded", as the native build's argv[1]
 * does. Prints the same checksum line as the native build; the host times the whole run. */
#include <stdint.h>
#include "dispatch.h"
#include "../../runtime-image/src/hal/bootinfo.h"

static uint16_t uart = 0x3F8, exit_port = 0xF4;

static void out8(uint16_t port, uint8_t v) {
    __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port) : "memory");
}

static void put(const char *s) {
    while (*s) {
        out8(uart, (uint8_t)*s++);   /* the board's UART transmits instantly: no LSR poll needed */
    }
}

static void put_hex(uint64_t v, int digits) {
    char buf[17];
    for (int i = digits - 1; i >= 0; i--, v >>= 4) {
        buf[i] = "0123456789abcdef"[v & 15];
    }
    buf[digits] = 0;
    put(buf);
}

static void put_dec(uint64_t v) {
    char buf[21];
    int n = 20;
    buf[n] = 0;
    do {
        buf[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(buf + n);
}

__attribute__((noreturn)) void hal_exit(int code) {
    out8(exit_port, (uint8_t)code);
    for (;;) {
        __asm__ volatile("hlt");
    }
}

int rivet_main(const bootinfo_t *info) {
    if (info->magic == BOOTINFO_MAGIC) {
        uart = info->uart_port;
        exit_port = info->exit_port;
    }
    int threaded = 0;
    if (info->magic == BOOTINFO_MAGIC && info->argc > 0) {
        const char *a = info->argv, *t = "threaded";
        while (*a && *a == *t) {
            a++;
            t++;
        }
        threaded = *a == 0 && *t == 0;
    }
    dispatch_result_t r = dispatch_run(threaded, dispatch_iterations);
    put("checksum=");
    put_hex(r.checksum, 16);
    put(" dispatches=");
    put_dec(r.dispatches);
    put("\n");
    return 0;
}
