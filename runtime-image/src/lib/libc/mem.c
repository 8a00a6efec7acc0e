/* mem.c — memcpy, memmove, memset, memcmp. Built with -fno-tree-loop-distribute-patterns (see the
 * Makefile) so gcc cannot turn these loops back into calls to themselves. */
#include <stdint.h>
#define RIVET_LIBC_IMPL
#include <string.h>

/* 16-byte SSE moves (movdqu: no alignment needed), two per step; the tail is one more pair of
 * (overlapping) 16-byte moves loaded before the loop, or two 8-byte moves, or two 4-byte ones, or
 * three single bytes: a list slice costs about a third of an instruction per byte, short strings
 * 2-4 moves. All loads of a step come before its stores, and the tail is loaded before anything
 * is stored, so memmove can use this when dst lies below src. */
typedef unsigned char mem_v16 __attribute__((vector_size(16), aligned(1), may_alias));
void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (n < 8) {
        if (n >= 4) {
            uint32_t first, last;
            __builtin_memcpy(&first, s, 4);
            __builtin_memcpy(&last, s + n - 4, 4);
            __builtin_memcpy(d, &first, 4);
            __builtin_memcpy(d + n - 4, &last, 4);
        } else if (n > 0) {
            unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
            d[0] = a;
            d[n / 2] = b;
            d[n - 1] = c;
        }
    } else if (n <= 16) {
        uint64_t first, last;
        __builtin_memcpy(&first, s, 8);
        __builtin_memcpy(&last, s + n - 8, 8);
        __builtin_memcpy(d, &first, 8);
        __builtin_memcpy(d + n - 8, &last, 8);
    } else if (n <= 32) {
        mem_v16 first, last;
        __builtin_memcpy(&first, s, 16);
        __builtin_memcpy(&last, s + n - 16, 16);
        __builtin_memcpy(d, &first, 16);
        __builtin_memcpy(d + n - 16, &last, 16);
    } else {
        mem_v16 last0, last1, w0, w1;
        __builtin_memcpy(&last0, s + n - 32, 16);
        __builtin_memcpy(&last1, s + n - 16, 16);
        unsigned char *dlast = d + n - 32;
        while (n > 32) {
            __builtin_memcpy(&w0, s, 16);
            __builtin_memcpy(&w1, s + 16, 16);
            __builtin_memcpy(d, &w0, 16);
            __builtin_memcpy(d + 16, &w1, 16);
            d += 32;
            s += 32;
            n -= 32;
        }
        __builtin_memcpy(dlast, &last0, 16);
        __builtin_memcpy(dlast + 16, &last1, 16);
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
    /* overlapping with dst above src: copy from the end, 8 bytes a step (list.insert(0, x)
     * moves the whole list up by one item) */
    while (n >= 8) {
        uint64_t word;
        n -= 8;
        __builtin_memcpy(&word, s + n, 8);
        __builtin_memcpy(d + n, &word, 8);
    }
    while (n--) {
        d[n] = s[n];
    }
    return dst;
}

/* Word stores: frames, tables and fresh heap blocks are cleared in 8-byte steps (on the board
 * every store is an emulated instruction, so a byte loop costs 8x). */
void *memset(void *dst, int byte, size_t n) {
    unsigned char *d = dst;
    uint64_t word = (uint64_t)(unsigned char)byte * 0x0101010101010101ull;
    if (n >= 32) {   /* 16-byte stores, two a step (radix counters, fresh buffers) */
        mem_v16 v;
        for (int i = 0; i < 16; i++) v[i] = (unsigned char)byte;
        while (n >= 32) {
            __builtin_memcpy(d, &v, 16);
            __builtin_memcpy(d + 16, &v, 16);
            d += 32;
            n -= 32;
        }
    }
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

/* 8 bytes a step; at the first differing word, byte-swapped words compare as the bytes do. */
int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n >= 8; x += 8, y += 8, n -= 8) {
        uint64_t u, v;
        __builtin_memcpy(&u, x, 8);
        __builtin_memcpy(&v, y, 8);
        if (u != v) {
            u = __builtin_bswap64(u);
            v = __builtin_bswap64(v);
            return u < v ? -1 : 1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] < y[i] ? -1 : 1;
        }
    }
    return 0;
}
