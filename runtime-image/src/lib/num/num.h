/* num.h — types shared by the freestanding numeric library (bigint, intfmt, fltfmt, fmtspec).
 *
 * The library prints numbers exactly as CPython 3.11 does. It is freestanding: no libc, no
 * malloc, no global mutable state. Memory comes from the caller, in two forms:
 *   - limb buffers the caller allocates (each operation has a *_cap() helper saying how many);
 *   - a num_sink: a growable byte buffer whose grow() callback the VM implements on its heap.
 * The library never keeps a pointer to caller memory after a call returns. Operands passed in
 * must stay reachable by the caller across a call (grow() may collect garbage), and a sink's
 * buffer may move on grow(): the library re-reads sink->buf after every grow.
 * Stack use: at most ~6 KiB (float conversions keep exact big numbers in local arrays).
 */
#ifndef RIVET_NUM_H
#define RIVET_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Magnitudes are little-endian arrays of 32-bit limbs; products are formed in 64 bits. */
typedef uint32_t num_limb;
#define NUM_LIMB_BITS 32

/* What went wrong; each maps to one Python exception type. */
typedef enum {
    NUM_OK = 0,
    NUM_E_MEMORY,        /* MemoryError: grow() failed, or a result would be absurdly large */
    NUM_E_VALUE,         /* ValueError, message in num_error.msg */
    NUM_E_OVERFLOW,      /* OverflowError, message in num_error.msg */
    NUM_E_ZERODIV,       /* ZeroDivisionError; the VM picks the message for the operator */
    NUM_E_INT_LITERAL,   /* ValueError; the VM formats
                            "invalid literal for int() with base %d: %.200R" with the original
                            str object (repr needs the VM's str type) */
    NUM_E_FLOAT_LITERAL, /* ValueError; the VM formats "could not convert string to float: %R" */
} num_status;

/* Error detail. Functions that take a num_error* fill it when they return non-NUM_OK
 * (msg is a NUL-terminated CPython message, or "" where the VM must compose it). May be NULL. */
typedef struct {
    num_status status;
    char msg[160];
} num_error;

/* A growable output buffer. The library appends at buf[len..]; when it needs more room it calls
 * grow(sink, need) which must make cap >= need (possibly moving buf) or return false
 * (the operation then fails with NUM_E_MEMORY). Text is UTF-8, never NUL-terminated. */
typedef struct num_sink num_sink;
struct num_sink {
    char *buf;
    size_t len;
    size_t cap;
    bool (*grow)(num_sink *sink, size_t need);
    void *ctx;           /* for the VM's grow(); the library never touches it */
};

/* Appends n bytes; false (nothing written) if grow() failed. */
bool num_sink_put(num_sink *s, const char *p, size_t n);
/* Appends one byte, or the UTF-8 encoding of a code point. */
bool num_sink_byte(num_sink *s, char c);
bool num_sink_codepoint(num_sink *s, uint32_t cp);
/* Appends count copies of code point cp. */
bool num_sink_repeat(num_sink *s, uint32_t cp, size_t count);

#endif
