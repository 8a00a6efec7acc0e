/* string.h — the freestanding runtime's memory and string functions (src/lib/libc/).
 * gcc emits calls to memcpy/memmove/memset/memcmp even in freestanding code, so they must exist. */
#ifndef RIVET_STRING_H
#define RIVET_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int byte, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);

#endif
