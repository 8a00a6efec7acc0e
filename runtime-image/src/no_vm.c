/* no_vm.c — the stand-in vm_main, weak so that the VM's own definition replaces it at link time.
 * Lets the board boot (and the toolchain be tested end to end) before a VM exists. */
#include <stdio.h>
#include "rivet.h"

__attribute__((weak)) int vm_main(const bootinfo_t *info) {
    (void)info;
    puts("no VM linked: banner only");
    return RIVET_EXIT_OK;
}
