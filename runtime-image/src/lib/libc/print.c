/* print.c — snprintf into a caller's buffer and printf to the UART, both via format.c. */
#include <stdio.h>
#include <string.h>
#include "format.h"
#include "hal.h"

typedef struct buffer_sink {
    sink_t sink;
    char *buf;
    size_t size;
} buffer_sink_t;

static void put_buffer(sink_t *self, char c) {
    buffer_sink_t *b = (buffer_sink_t *)self;
    if (b->sink.count + 1 < b->size) {
        b->buf[b->sink.count] = c;
    }
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list args) {
    buffer_sink_t b = {{put_buffer, 0}, buf, size};
    int n = format(&b.sink, fmt, args);
    if (size > 0) {
        buf[b.sink.count < size ? b.sink.count : size - 1] = 0;
    }
    return n;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(buf, size, fmt, args);
    va_end(args);
    return n;
}

/* Text for the UART is gathered and sent with hal_write, which polls the UART once per burst. */
typedef struct uart_sink {
    sink_t sink;
    size_t len;
    char buf[64];
} uart_sink_t;

static void put_uart(sink_t *self, char c) {
    uart_sink_t *u = (uart_sink_t *)self;
    u->buf[u->len++] = c;
    if (u->len == sizeof u->buf) {
        hal_write(u->buf, u->len);
        u->len = 0;
    }
}

int vprintf(const char *restrict fmt, va_list args) {
    uart_sink_t uart = {{put_uart, 0}, 0, {0}};
    int n = format(&uart.sink, fmt, args);
    hal_write(uart.buf, uart.len);
    return n;
}

int printf(const char *restrict fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int n = vprintf(fmt, args);
    va_end(args);
    return n;
}

int puts(const char *s) {
    size_t n = strlen(s);
    hal_write(s, n);
    hal_write("\n", 1);
    return (int)n + 1;
}
