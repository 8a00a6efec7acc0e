/* format_check.c — a host program that runs the runtime's printf engine (src/lib/libc/format.c)
 * and the host C library's snprintf on the same formats and arguments, and prints every case
 * where they differ. FormatTest compiles and runs it; no output means they agree. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "format.h"

typedef struct { sink_t sink; char buf[256]; } test_sink_t;

static void put(sink_t *self, char c) {
    test_sink_t *t = (test_sink_t *)self;
    if (t->sink.count < sizeof t->buf - 1) {
        t->buf[t->sink.count] = c;
    }
}

static int failures;

static void check(const char *fmt, ...) {
    char want[256];
    test_sink_t got = {{put, 0}, {0}};
    va_list a, b;
    va_start(a, fmt);
    va_copy(b, a);
    int want_n = vsnprintf(want, sizeof want, fmt, a);
    int got_n = format(&got.sink, fmt, b);
    got.buf[got.sink.count] = 0;
    va_end(a);
    va_end(b);
    if (want_n != got_n || strcmp(want, got.buf) != 0) {
        printf("format \"%s\": libc \"%s\" (%d), runtime \"%s\" (%d)\n", fmt, want, want_n, got.buf, got_n);
        failures++;
    }
}

int main(void) {
    check("plain text");
    check("%d %i %d %d", 0, 42, -42, (int)0x80000000);
    check("%u %x %X %o", 4000000000u, 0xdeadbeefu, 0xdeadbeefu, 8u);
    check("%ld %lu %lx", -1234567890123L, 18446744073709551615UL, 0x123456789abcdefUL);
    check("%lld %llu", (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
    check("%zu %zd", (size_t)12345, (ptrdiff_t)-5);
    check("[%5d] [%-5d] [%05d] [%-05d]", 42, 42, 42, 42);
    check("[%5d] [%05d] [%.3d] [%8.3d] [%-8.3d]", -42, -42, 7, -7, 7);
    check("[%08x] [%-8x] [%8X]", 0xbeef, 0xbeef, 0xbeef);
    check("[%s] [%10s] [%-10s] [%.2s] [%*s] [%-*s] [%.*s]", "abc", "abc", "abc", "abc", 6, "ab", 6, "ab", 1, "xyz");
    check("[%c] [%3c] [%-3c]", 'x', 'y', 'z');
    check("%p %p", (void *)0x1234, (void *)0x20001000);
    check("100%% %d%%", 5);
    check("[%*d] [%-*d]", 6, 12, 6, 12);
    check("%hhd %hd %hhu %hu", 300, 70000, 300, 70000);
    return failures ? 1 : 0;
}
