/* rivet.h — the contract between the runtime's boot code (main.c) and the VM.
 *
 * vm_main is called exactly once, after: hal_init(info); .data copied and .bss zeroed; SSE on;
 * the boot-info block checked (magic and version are right). The VM may then use:
 *   - the heap [info->heap_base, info->heap_base + info->heap_size) — all of it, it is the VM's;
 *   - the bytecode image [info->image_base, + info->image_size) in flash, read-only
 *     (image_base == 0: no image was linked);
 *   - sys.argv from info->argc / info->argv; options and gc_at from info;
 *   - hal.h for every device, <string.h> and <stdio.h> from src/lib/libc.
 * It returns the program's exit code (0..255), or ends the run itself with hal_exit(code).
 * The default, weak definition (no_vm.c) stands in until a VM is linked. */
#ifndef RIVET_H
#define RIVET_H

#include "hal.h"

/* Exit codes the runtime itself uses (the VM owns the rest; 124 and 125 belong to the host). */
#define RIVET_EXIT_OK 0
#define RIVET_EXIT_BAD_BOOTINFO 121

int vm_main(const bootinfo_t *info);

/* The build variant this runtime was compiled as ("O2", "O0"...), from the Makefile. */
extern const char rivet_variant[];

#endif
