/* select.h — branch-free choices for the interpreter's hot paths. On the board every branch,
 * taken or not, ends a translation block, and a block costs the emulator more than a few
 * instructions (docs/performance.md, "What the emulator charges"). A C conditional expression
 * does not stay branch-free: gcc's jump threading turns `c ? a : b` feeding a later test back
 * into branches. These helpers are a compare (or test) and a conditional move in inline
 * assembly, which gcc cannot split. All operate on words (pointers and values as uintptr_t). */
#ifndef RIVET_SELECT_H
#define RIVET_SELECT_H
#include <stdint.h>

/* v if a == b, else other */
static inline __attribute__((always_inline)) uintptr_t sel_eq(uintptr_t v, uintptr_t a, uintptr_t b, uintptr_t other) {
    __asm__("cmp %2, %1\n\tcmovne %3, %0" : "+r"(v) : "r"(a), "rm"(b), "rm"(other) : "cc");
    return v;
}
/* v if a < b (unsigned), else other */
static inline __attribute__((always_inline)) uintptr_t sel_below(uintptr_t v, uintptr_t a, uintptr_t b, uintptr_t other) {
    __asm__("cmp %2, %1\n\tcmovae %3, %0" : "+r"(v) : "r"(a), "rm"(b), "rm"(other) : "cc");
    return v;
}
/* v if x != 0, else other */
static inline __attribute__((always_inline)) uintptr_t sel_nonzero(uintptr_t v, uintptr_t x, uintptr_t other) {
    __asm__("test %1, %1\n\tcmovz %2, %0" : "+r"(v) : "r"(x), "rm"(other) : "cc");
    return v;
}
/* v if the low bit of x is clear (x is an object pointer, not a small int), else other */
static inline __attribute__((always_inline)) uintptr_t sel_even(uintptr_t v, uintptr_t x, uintptr_t other) {
    __asm__("test $1, %b1\n\tcmovnz %2, %0" : "+r"(v) : "q"(x), "rm"(other) : "cc");
    return v;
}

/* x itself, but gcc no longer knows how it was computed: a test of a value combined from several
 * conditions (a | b | c) then stays one test, instead of being split back into branches */
static inline __attribute__((always_inline)) uintptr_t sel_opaque(uintptr_t x) {
    __asm__("" : "+r"(x));
    return x;
}

#endif
