/* testbug.c — the `_testbug` module, compiled only into the test-only runtime variant O2-testbug
 * (see the Makefile's variant table). It holds one deliberately wrong builtin so that the tests of
 * `rivet gc-hunt` have a use-after-collect bug in an ordinary object, not only the bytecode race of
 * MicroPython #2963: the hunter must not be tuned to one bug. Never link it into another variant.
 *
 * _testbug.pair(x) returns [x, 'tb'], but between creating the list and filling it, it keeps the
 * list only through an interior pointer (&list->len) while it allocates the 'tb' string. The
 * conservative collector honours only head pointers (gc.c), so a collection forced at that
 * allocation frees the fresh list, and the appends then use freed memory. */
#include "obj.h"
#include "gc.h"
#include <stddef.h>

static val_t tb_pair(val_t x) {
    val_t fresh = list_new(0, NULL);
    uintptr_t len_field = (uintptr_t)&((list_t *)fresh)->len;
    /* From here on only the interior pointer is live: the empty asms hide its relation to the head
     * from gcc (which would otherwise keep the head, or recompute it before the call), as register
     * reuse hid the function object in #2963. */
    __asm__ volatile("" : "+r"(len_field));
    val_t tag = str_from_c("tb");  /* an allocation: `--gc-at` can collect here */
    __asm__ volatile("" : "+r"(len_field));
    val_t list = (val_t)(len_field - offsetof(list_t, len));
    list_append(list, x);
    list_append(list, tag);
    return list;
}

method_def_t testbug_functions[] = {
    NATIVE("pair", tb_pair, MK_FIXED, 1, 1),
    NATIVE_END,
};
