/* Thousands of distinct translation blocks, each run many times: a workload for checking the
 * instruction counter's block tables (InstructionCountTest) past their first growth. 4096 steps,
 * each an if/else on data the compiler cannot predict, so each step is at least two blocks. */
#include "guest.h"

static volatile uint64_t seed = 0x9E3779B97F4A7C15ull;

#define STEP(n) if (x & 1) x = x * 3 + (n); else x = (x >> 1) ^ (n);
#define S4(n) STEP(n) STEP(n + 1) STEP(n + 2) STEP(n + 3)
#define S16(n) S4(n) S4(n + 4) S4(n + 8) S4(n + 12)
#define S64(n) S16(n) S16(n + 16) S16(n + 32) S16(n + 48)
#define S256(n) S64(n) S64(n + 64) S64(n + 128) S64(n + 192)
#define S1024(n) S256(n) S256(n + 256) S256(n + 512) S256(n + 768)

static __attribute__((noinline)) uint64_t walk(uint64_t x) {
    S1024(0) S1024(1024) S1024(2048) S1024(3072)
    return x;
}

int main(const bootinfo_t *info) {
    boot = info;
    uint64_t x = seed;
    for (int round = 0; round < 20; round++) {
        x = walk(x);
    }
    return (int)(x & 0x7f);
}
