/* dispatch.c — a small stack-machine interpreter: the shape of a bytecode VM's inner loop (fetch,
 * switch on the opcode, operate on a value stack, branch), without any VM around it. The same
 * source is compiled natively and for the board so the ratio measures the emulator alone. */
#include "dispatch.h"

volatile uint32_t dispatch_iterations = 700000;

enum {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_MUL, OP_XOR, OP_SHR, OP_DUP, OP_DEC, OP_JNZ,
};

/* locals: 0 = i (counts down), 1 = acc.  Loop: acc = f(acc * 31 + i); while (--i). */
static const uint8_t program[] = {
    OP_LOAD, 1, OP_PUSH, 31, OP_MUL, OP_LOAD, 0, OP_ADD,
    OP_DUP, OP_PUSH, 7, OP_SHR, OP_XOR, OP_STORE, 1,
    OP_LOAD, 0, OP_DEC, OP_DUP, OP_STORE, 0, OP_JNZ, 0,
    OP_HALT,
};

/* Dispatch by `switch`: the portable form. gcc compiles it to a bounds check, a jump table and a
 * shared fetch block, so each dispatch crosses several basic blocks. */
static dispatch_result_t run_switch(uint32_t iterations) {
    uint64_t stack[16];
    uint64_t locals[2] = {iterations, 0};
    uint64_t *sp = stack;
    const uint8_t *ip = program;
    uint64_t count = 0;
    for (;;) {
        count++;
        switch (*ip++) {
        case OP_PUSH: *sp++ = *ip++; break;
        case OP_LOAD: *sp++ = locals[*ip++]; break;
        case OP_STORE: locals[*ip++] = *--sp; break;
        case OP_ADD: sp--; sp[-1] += sp[0]; break;
        case OP_MUL: sp--; sp[-1] *= sp[0]; break;
        case OP_XOR: sp--; sp[-1] ^= sp[0]; break;
        case OP_SHR: sp--; sp[-1] >>= sp[0]; break;
        case OP_DUP: sp[0] = sp[-1]; sp++; break;
        case OP_DEC: sp[-1]--; break;
        case OP_JNZ: {
            uint8_t target = *ip++;
            if (*--sp) {
                ip = program + target;
            }
            break;
        }
        case OP_HALT:
        default:
            return (dispatch_result_t){locals[1], count};
        }
    }
}

/* Dispatch by computed goto ("threaded code", a gcc extension): every handler ends with its own
 * fetch and indirect jump, so each dispatch is one basic block. Same program, same result. */
static dispatch_result_t run_threaded(uint32_t iterations) {
    static const void *const labels[] = {
        [OP_HALT] = &&op_halt, [OP_PUSH] = &&op_push, [OP_LOAD] = &&op_load, [OP_STORE] = &&op_store,
        [OP_ADD] = &&op_add, [OP_MUL] = &&op_mul, [OP_XOR] = &&op_xor, [OP_SHR] = &&op_shr,
        [OP_DUP] = &&op_dup, [OP_DEC] = &&op_dec, [OP_JNZ] = &&op_jnz,
    };
    uint64_t stack[16];
    uint64_t locals[2] = {iterations, 0};
    uint64_t *sp = stack;
    const uint8_t *ip = program;
    uint64_t count = 0;
#define NEXT() do { count++; goto *labels[*ip++]; } while (0)
    NEXT();
op_push: *sp++ = *ip++; NEXT();
op_load: *sp++ = locals[*ip++]; NEXT();
op_store: locals[*ip++] = *--sp; NEXT();
op_add: sp--; sp[-1] += sp[0]; NEXT();
op_mul: sp--; sp[-1] *= sp[0]; NEXT();
op_xor: sp--; sp[-1] ^= sp[0]; NEXT();
op_shr: sp--; sp[-1] >>= sp[0]; NEXT();
op_dup: sp[0] = sp[-1]; sp++; NEXT();
op_dec: sp[-1]--; NEXT();
op_jnz: {
        uint8_t target = *ip++;
        if (*--sp) {
            ip = program + target;
        }
        NEXT();
    }
op_halt:
#undef NEXT
    return (dispatch_result_t){locals[1], count};
}

dispatch_result_t dispatch_run(int threaded, uint32_t iterations) {
    return threaded ? run_threaded(iterations) : run_switch(iterations);
}
