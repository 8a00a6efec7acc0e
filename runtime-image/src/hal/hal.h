/* hal.h — the runtime's only view of the hardware. The VM calls these and nothing else that
 * touches a device; the board build (hal_board.c) implements them with port I/O, and a hosted
 * build for quick native testing may implement them with stdio. Never call a device directly. */
#ifndef RIVET_HAL_H
#define RIVET_HAL_H

#include <stddef.h>
#include <stdint.h>
#include "bootinfo.h"

/* Set up from the boot-info block; called once by the boot code before anything else. */
void hal_init(const bootinfo_t *info);
const bootinfo_t *hal_bootinfo(void);

/* UART */
void hal_putc(int byte);
void hal_write(const char *bytes, size_t len);
int hal_getc(void);        /* next received byte, or -1 when none is waiting */

/* Debug exit: ends the run with code & 0xFF. */
__attribute__((noreturn)) void hal_exit(int code);

/* Deterministic clock: guest instructions retired since boot. */
uint64_t hal_ticks(void);

/* Host call (semihosting): performs the request block synchronously; returns its status. */
typedef struct hostcall {
    uint32_t op;
    uint32_t status;
    uint64_t arg[4];
    uint64_t ret[2];
} hostcall_t;
_Static_assert(sizeof(hostcall_t) == 56, "hostcall block layout");

enum {
    HOSTCALL_VERSION = 1,
    HOSTCALL_LOG = 2,
    HOSTCALL_BOOT_READY = 3, /* the VM is initialised and has not read the image yet (docs/board-abi.md) */
    /* run-time compile and host-mounted files (docs/board-abi.md, "Run-time compile") */
    HOSTCALL_COMPILE = 16,       /* arg0/1 source ptr/len, arg2 filename ptr, arg3 filename len | mode << 32 */
    HOSTCALL_FETCH_RESULT = 17,  /* arg0/1 buffer ptr/len: the pending image or error record */
    HOSTCALL_READ_FILE = 18,     /* arg0/1 path ptr/len (relative to the mount), arg2/3 buffer ptr/len */
    HOSTCALL_STAT = 19,          /* arg0/1 path ptr/len: ret0 kind (1 file, 2 directory), ret1 size */
    /* the board's REPL (docs/board-abi.md, "REPL"; runtime-image/src/vm/repl.c) */
    HOSTCALL_UART_WAIT = 20,      /* returns when the UART has received bytes (or input ended) */
    HOSTCALL_INTERRUPT_FLAG = 21, /* arg0 = address of a u32 the host sets to 1 on Ctrl-C */
};
enum {
    HOSTCALL_OK = 0,
    HOSTCALL_UNKNOWN_OP = 1,
    HOSTCALL_BAD_POINTER = 2,
    HOSTCALL_REFUSED = 3,
    HOSTCALL_NOT_FOUND = 4,
    HOSTCALL_HOST_ERROR = 5,
    HOSTCALL_COMPILE_ERROR = 6,  /* COMPILE: a SyntaxError; FETCH_RESULT returns its record */
    HOSTCALL_INCOMPLETE = 7,     /* COMPILE mode 3 (interactive): more lines could complete the input */
};
uint32_t hal_hostcall(hostcall_t *request);

/* Host call 3: tells the host the VM is ready to read the image and argv-independent state is
 * built. A test runner snapshots the board here and later resumes copies of it with another image;
 * any other host answers "unknown op" and the boot simply goes on. */
void hal_boot_ready(void);

#endif
