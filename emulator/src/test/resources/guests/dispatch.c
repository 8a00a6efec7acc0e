/* An interpreter-shaped workload for measuring the emulator: a switch-dispatched stack machine
 * with its bytecode and stack in RAM, run for argv[0] outer iterations (default 100000).
 * Each iteration runs 11 bytecodes. Used by CountingBenchmark, not by tests. */
#include "guest.h"

enum { PUSH, ADD, SUB, DUP, SWAP, POP, JNZ, STORE, LOAD, HALT };

static uint8_t code[] = {
    LOAD, 0, PUSH, 1, SUB, DUP, STORE, 0, LOAD, 1, PUSH, 3, ADD, STORE, 1, LOAD, 0, JNZ, 0, HALT,
};
static int64_t vars[4];
static int64_t stack[64];

static int64_t run(void) {
    const uint8_t *ip = code;
    int64_t *sp = stack;
    for (;;) {
        switch (*ip++) {
        case PUSH: *sp++ = *ip++; break;
        case ADD: sp--; sp[-1] += sp[0]; break;
        case SUB: sp--; sp[-1] -= sp[0]; break;
        case DUP: *sp = sp[-1]; sp++; break;
        case SWAP: { int64_t t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; break; }
        case POP: sp--; break;
        case JNZ: { uint8_t target = *ip++; sp--; if (*sp) ip = code + target; sp = stack; break; }
        case STORE: vars[*ip++] = *--sp; break;
        case LOAD: *sp++ = vars[*ip++]; break;
        default: return vars[1];
        }
    }
}

int main(const bootinfo_t *info) {
    boot = info;
    int64_t n = 0;
    for (const char *a = info->argv; info->argc && *a; a++) n = n * 10 + (*a - '0');
    vars[0] = n ? n : 100000;
    puts_("result "); putdec((uint64_t)run()); putc_('\n');
    return 0;
}
