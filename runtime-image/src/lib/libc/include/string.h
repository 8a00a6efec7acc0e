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

/* -ffreestanding implies -fno-builtin, which would turn every small fixed-size copy (the usual
 * way to read an unaligned field) into a call. Routing the names through gcc's builtins lets it
 * inline what it can and call the functions above for the rest. mem.c and str.c define
 * RIVET_LIBC_IMPL so they can define the real functions. */
#ifndef RIVET_LIBC_IMPL
#define memcpy(d, s, n) __builtin_memcpy((d), (s), (n))
#define memmove(d, s, n) __builtin_memmove((d), (s), (n))
#define memset(d, c, n) __builtin_memset((d), (c), (n))
#define memcmp(a, b, n) __builtin_memcmp((a), (b), (n))
#define strlen(s) __builtin_strlen(s)
#endif

#endif
