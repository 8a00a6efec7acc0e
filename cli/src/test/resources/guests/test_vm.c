/* test_vm.c — a stand-in VM for rivet run's tests: a strong vm_main (replacing the runtime's weak
 * one, as the real VM does) that does what sys.argv[1] says, through the real HAL. */
#include <stdio.h>
#include <string.h>
#include "rivet.h"

static const char *arg(const bootinfo_t *info, uint32_t n) {
    const char *p = info->argv;
    for (uint32_t i = 0; i < n; i++) {
        p += strlen(p) + 1;
    }
    return n < info->argc ? p : "";
}

static int number(const char *s) {
    int n = 0;
    while (*s >= '0' && *s <= '9') {
        n = n * 10 + (*s++ - '0');
    }
    return n;
}

int vm_main(const bootinfo_t *info) {
    const char *what = arg(info, 1);
    if (strcmp(what, "exit") == 0) {
        printf("exiting with %d\n", number(arg(info, 2)));
        return number(arg(info, 2));
    }
    if (strcmp(what, "argv") == 0) {
        for (uint32_t i = 0; i < info->argc; i++) {
            printf("argv[%u]=%s\n", i, arg(info, i));
        }
        return 0;
    }
    if (strcmp(what, "echo") == 0) {      /* one line from the UART, upper-cased */
        for (;;) {
            int c = hal_getc();
            if (c < 0) {
                continue;
            }
            hal_putc(c >= 'a' && c <= 'z' ? c - 32 : c);
            if (c == '\n') {
                return 0;
            }
        }
    }
    if (strcmp(what, "null") == 0) {
        printf("about to dereference NULL\n");
        return *(volatile int *)0;
    }
    if (strcmp(what, "loop") == 0) {
        for (volatile int i = 0;; i++) {
        }
    }
    if (strcmp(what, "bytes") == 0) {     /* raw bytes that are not valid UTF-8 */
        hal_write("\xff\xfe\x80ok\n", 6);
        return 0;
    }
    if (strcmp(what, "hal") == 0) {       /* clock and host calls */
        uint64_t t0 = hal_ticks();
        uint64_t t1 = hal_ticks();
        hostcall_t version = {.op = HOSTCALL_VERSION};
        uint32_t version_status = hal_hostcall(&version);
        hostcall_t unknown = {.op = 999};
        uint32_t unknown_status = hal_hostcall(&unknown);
        static const char text[] = "hello host";
        hostcall_t log = {.op = HOSTCALL_LOG, .arg = {(uint64_t)(uintptr_t)text, sizeof text - 1}};
        uint32_t log_status = hal_hostcall(&log);
        printf("ticks %llu then %s\n", (unsigned long long)t0, t1 > t0 ? "later" : "NOT LATER");
        printf("version status %u ret %llu\n", version_status, (unsigned long long)version.ret[0]);
        printf("unknown status %u\nlog status %u\n", unknown_status, log_status);
        return 0;
    }
    printf("test_vm: unknown command '%s'\n", what);
    return 99;
}
