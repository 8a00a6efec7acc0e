/* main.c — rivet_main, called by the boot stub: checks the boot-info block, prints the banner when
 * asked, and hands the board to the VM. Owns nothing after vm_main starts. */
#include <stdio.h>
#include "rivet.h"

#ifndef RIVET_VARIANT
#error "RIVET_VARIANT must be defined by the Makefile"
#endif

const char rivet_variant[] = RIVET_VARIANT;

static void print_banner(const bootinfo_t *info) {
    printf("Rivet runtime %s on board %.31s: heap %llu KiB, image %llu bytes\n", rivet_variant,
           info->board_name, (unsigned long long)(info->heap_size >> 10),
           (unsigned long long)info->image_size);
    printf("  flash 0x%llx..0x%llx  ram 0x%llx..0x%llx\n",
           (unsigned long long)info->flash_base, (unsigned long long)(info->flash_base + info->flash_size),
           (unsigned long long)info->ram_base, (unsigned long long)(info->ram_base + info->ram_size));
    printf("  heap 0x%llx..0x%llx  stack 0x%llx..0x%llx  image 0x%llx\n",
           (unsigned long long)info->heap_base, (unsigned long long)(info->heap_base + info->heap_size),
           (unsigned long long)info->stack_base, (unsigned long long)(info->stack_base + info->stack_size),
           (unsigned long long)info->image_base);
}

int rivet_main(const bootinfo_t *info) {
    hal_init(info);
    if (info->magic != BOOTINFO_MAGIC || info->version != BOOTINFO_VERSION) {
        printf("rivet runtime: bad boot-info block (magic 0x%x, version %u; want 0x%x, version %u)\n",
               info->magic, info->version, BOOTINFO_MAGIC, BOOTINFO_VERSION);
        return RIVET_EXIT_BAD_BOOTINFO;
    }
    if (info->options & BOOT_OPT_VERBOSE_BOOT) {
        print_banner(info);
    }
    return vm_main(info);
}
