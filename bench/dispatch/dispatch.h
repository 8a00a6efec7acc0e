/* dispatch.h — the dispatch-loop benchmark's interpreter, shared by the native and board builds. */
#ifndef BENCH_DISPATCH_H
#define BENCH_DISPATCH_H

#include <stdint.h>

typedef struct dispatch_result {
    uint64_t checksum;      /* the program's accumulator: equal in both builds or one is wrong */
    uint64_t dispatches;    /* instructions the interpreter executed */
} dispatch_result_t;

/* Runs the benchmark program for `iterations` loop trips (15 dispatches each), dispatching by
 * `switch` (threaded == 0) or by computed goto (threaded != 0). */
dispatch_result_t dispatch_run(int threaded, uint32_t iterations);

/* Iterations for ~10M dispatches; a volatile so neither build can fold the loop away. */
extern volatile uint32_t dispatch_iterations;

#endif
