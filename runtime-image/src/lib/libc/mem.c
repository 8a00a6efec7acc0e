/* mem.c — memcpy, memmove, memset, memcmp. Built with -fno-tree-loop-distribute-patterns (see the
 * Makefile) so gcc cannot turn these loops back into calls to themselves. */
#include <stdint.h>
#define RIVET_LIBC_IMPL
#include <string.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n >= 8) {
        uint64_t word;
        __builtin_memcpy(&word, s, 8);   /* an unaligned 8-byte move, never a call */
        __builtin_memcpy(d, &word, 8);
        d += 8;
        s += 8;
        n -= 8;
    }
    while (n--) {
        *d++ = *s++;
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0) {
        return dst;
    }
    if (d < s || d >= s + n) {
        return memcpy(dst, src, n);
    }
    while (n--) {      /* overlapping with dst above src: copy from the end */
        d[n] = s[n];
    }
    return dst;
}

/* Word stores: frames, tables and fresh heap blocks are cleared in 8-byte steps (on the board
 * every store is an emulated instruction, so a byte loop costs 8x). */
void *memset(void *dst, int byte, size_t n) {
    unsigned char *d = dst;
    uint64_t word = (uint64_t)(unsigned char)byte * 0x0101010101010101ull;
    while (n >= 8) {
        __builtin_memcpy(d, &word, 8);
        d += 8;
        n -= 8;
    }
    while (n--) {
        *d++ = (unsigned char)byte;
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] < y[i] ? -1 : 1;
        }
    }
    return 0;
}
