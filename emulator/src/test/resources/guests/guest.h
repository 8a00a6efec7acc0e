/* guest.h — port I/O and UART helpers for the emulator's test guests (freestanding). */
#include <stdint.h>
#include <stddef.h>
#include "../../../../../runtime-image/src/hal/bootinfo.h"

static __attribute__((unused)) inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port) : "memory"); }
static __attribute__((unused)) inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" :: "a"(v), "Nd"(port) : "memory"); }
static __attribute__((unused)) inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port) : "memory"); return v; }
static __attribute__((unused)) inline uint32_t inl(uint16_t port) { uint32_t v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port) : "memory"); return v; }

static const bootinfo_t *boot;

static __attribute__((unused)) void putc_(char c) { outb(boot->uart_port, (uint8_t)c); }
static __attribute__((unused)) void puts_(const char *s) { while (*s) putc_(*s++); }
static __attribute__((unused)) void puthex(uint64_t v) {
    puts_("0x");
    for (int i = 60; i >= 0; i -= 4) putc_("0123456789abcdef"[(v >> i) & 15]);
}
static __attribute__((unused)) void putdec(uint64_t v) {
    char buf[24]; int n = 0;
    do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) putc_(buf[--n]);
}
static __attribute__((unused)) int streq(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return *a == *b; }
static __attribute__((unused)) __attribute__((noreturn)) void exit_(int code) { outb(boot->exit_port, (uint8_t)code); for (;;) {} }
static __attribute__((unused)) uint64_t ticks(void) {
    uint64_t lo = inl(boot->clock_port);
    uint64_t hi = inl((uint16_t)(boot->clock_port + 4));
    return hi << 32 | lo;
}
