/* stdio.h — a small formatted printer for runtime messages (not for Python's print, which the VM
 * formats itself). Conversions: %d %i %u %x %X %o %c %s %p %%, with flags '-' '0', a width and a
 * precision (numbers or '*'), and the length modifiers hh h l ll z t j. No floating point. */
#ifndef RIVET_STDIO_H
#define RIVET_STDIO_H

#include <stdarg.h>
#include <stddef.h>

/* Like C's: write at most size-1 characters and a NUL; return the length the full text needs. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list args);
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* To the UART; return the number of bytes written. */
int vprintf(const char *restrict fmt, va_list args);
int printf(const char *restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int puts(const char *s);   /* s and a newline */

#endif
