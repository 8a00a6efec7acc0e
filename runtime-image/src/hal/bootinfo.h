/* bootinfo.h — the boot-info block the loader places for the runtime (docs/board-abi.md).
 * Layout is fixed by the ABI document; the static asserts keep this header honest. */
#ifndef RIVET_BOOTINFO_H
#define RIVET_BOOTINFO_H

#include <stdint.h>

#define BOOTINFO_MAGIC 0x49425652u /* "RVBI" */
#define BOOTINFO_VERSION 1u
#define BOOTINFO_MAX_GC_AT 16

/* options bits */
#define BOOT_OPT_GC_STRESS    (1u << 0)
#define BOOT_OPT_GC_POISON    (1u << 1)
#define BOOT_OPT_VERBOSE_BOOT (1u << 2)
#define BOOT_OPT_MOUNT_MAIN   (1u << 3)  /* load argv[0] from the host mount (hostfs.c) */
#define BOOT_OPT_REPL         (1u << 4)  /* no program: an interactive prompt on the UART (repl.c) */

typedef struct bootinfo {
    uint32_t magic;
    uint32_t version;
    uint64_t flash_base, flash_size;
    uint64_t ram_base, ram_size;
    uint64_t heap_base, heap_size;
    uint64_t stack_base, stack_size;
    uint64_t image_base, image_size;
    uint64_t options;
    uint64_t gc_at_count;
    uint64_t gc_at[BOOTINFO_MAX_GC_AT];
    uint16_t uart_port, exit_port, hostcall_port, clock_port;
    uint64_t clock_hz;
    char board_name[32];
    uint32_t argc;
    uint32_t argv_size;
    char argv[3808];
} bootinfo_t;

_Static_assert(__builtin_offsetof(bootinfo_t, gc_at) == 104, "bootinfo layout");
_Static_assert(__builtin_offsetof(bootinfo_t, uart_port) == 232, "bootinfo layout");
_Static_assert(__builtin_offsetof(bootinfo_t, clock_hz) == 240, "bootinfo layout");
_Static_assert(__builtin_offsetof(bootinfo_t, board_name) == 248, "bootinfo layout");
_Static_assert(__builtin_offsetof(bootinfo_t, argv) == 288, "bootinfo layout");
_Static_assert(sizeof(bootinfo_t) == 4096, "bootinfo is one page");

#endif
