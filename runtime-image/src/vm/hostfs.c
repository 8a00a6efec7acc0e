/* hostfs.c — code from a host-mounted directory (`rivet run --mount DIR main.py`): the main
 * program and the modules it imports are read with the STAT/READ_FILE host calls and compiled at
 * run time (exec.c), like `micropython main.py`. Their bytecode lives in the GC heap, not flash.
 * Boot option bit 3 (BOOT_OPT_MOUNT_MAIN) says argv[0] names the main program in the mount. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "../hal/hal.h"

val_t exec_compile_bytes(const char *src, size_t len, val_t filename, int mode);
__attribute__((noreturn)) void raise_again(val_t e);

enum { KIND_FILE = 1, KIND_DIR = 2 };

static bool mounted(void) { return vm_boot && (vm_boot->options & BOOT_OPT_MOUNT_MAIN); }

/* kind of a mount-relative path (0: none or refused); *size its bytes */
static uint64_t stat_path(val_t path, uint64_t *size) {
    hostcall_t rq;
    memset_(&rq, 0, sizeof rq);
    rq.op = HOSTCALL_STAT;
    rq.arg[0] = (uintptr_t)CSTR(path); rq.arg[1] = STR(path)->len;
    if (hal_hostcall(&rq) != HOSTCALL_OK) return 0;
    *size = rq.ret[1];
    return rq.ret[0];
}

/* compiles a mount-relative file; MISSING if it cannot be read */
static val_t compile_file(val_t path) {
    uint64_t size = 0;
    if (stat_path(path, &size) != KIND_FILE) return MISSING;
    char *buf = gc_alloc((size_t)size + 1);
    hostcall_t rq;
    memset_(&rq, 0, sizeof rq);
    rq.op = HOSTCALL_READ_FILE;
    rq.arg[0] = (uintptr_t)CSTR(path); rq.arg[1] = STR(path)->len;
    rq.arg[2] = (uintptr_t)buf; rq.arg[3] = size;
    if (hal_hostcall(&rq) != HOSTCALL_OK || rq.ret[0] != size) return MISSING;
    val_t code = exec_compile_bytes(buf, (size_t)size, path, 0);
    gc_free(buf);
    return code;
}

/* the main program compiled into a function object (as a compile step hands code to a call) */
static __attribute__((noinline)) val_t compile_main(val_t path, val_t globals) {
    val_t code = compile_file(path);
    val_t fn = code ? function_new(code, globals) : MISSING;
    gc_clear_dead_stack();   /* the compile path's frames: no stale copies of the code's head */
    return fn;
}

/* modules found in the mount and compiled: name -> record. Like the flash image's module table
 * it keeps each module's top-level code; a lookup by IMPORT_FROM (is `pkg.x` a submodule?) and
 * the import_module call that follows then compile the file only once. */
static val_t found;

/* import_module's fallback: (code, filename, is_package) for module `name`, or MISSING. */
val_t hostfs_find_module(val_t name) {
    if (!mounted()) return MISSING;
    if (!found) { found = dict_new(); gc_add_root(&found); }
    val_t cached = dict_get(found, name);
    if (cached) return cached;
    sbuf_t b; sb_init(&b, STR(name)->len + 16);
    for (size_t i = 0; i < STR(name)->len; i++) sb_addc(&b, CSTR(name)[i] == '.' ? '/' : CSTR(name)[i]);
    val_t base = sb_finish(&b);
    val_t file = str_printf("%S.py", base);
    val_t code = compile_file(file);
    bool pkg = false;
    if (!code) {
        file = str_printf("%S/__init__.py", base);
        code = compile_file(file);
        pkg = true;
    }
    if (!code) return MISSING;
    val_t rec[3] = { code, file, BOOL(pkg) };
    val_t r = tuple_new(3, rec);
    dict_set(found, name, r);
    return r;
}

/* ModuleNotFoundError "No module named 'x'" with .name = 'x', as CPython (loader.c import_module) */
void raise_module_not_found(val_t name) {
    val_t e = exc_new_msg(&ModuleNotFoundError_type, "No module named '%S'", name);
    obj_setattr(e, N_name, name);
    raise(e);
}

/* Runs argv[0] from the mount as __main__; the board's exit code. */
int hostfs_main(void) {
    static val_t main_module;
    val_t argv0 = str_from_c(vm_boot->argc ? vm_boot->argv : "main.py");
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        val_t m = module_new(N___main__);
        module_t *mod = (module_t *)m;
        dict_set(mod->dict, str_intern_c("__file__"), argv0);
        dict_set(mod->dict, str_intern_c("__builtins__"), vm_builtins);
        dict_set(mod->dict, str_intern_c("__package__"), NONE);
        dict_set(vm_modules, N___main__, m);
        main_module = m;
        gc_add_root(&main_module);
        /* compile hands back a function; it goes straight to the call (runfn.c, docs/gc-race.md) */
        val_t fn = compile_main(argv0, mod->dict);
        if (!fn) {
            vm_print(str_printf("rivet: can't open file '%S' in the mounted directory\n", argv0));
            nlr_pop(&nb);
            return 2;
        }
        vm_run_function(fn, mod->dict);
        nlr_pop(&nb);
        return 0;
    }
    val_t e = nb.exc;
    if (isinstance_of(e, &SystemExit_type)) return exc_exit_code(e);
    nlr_buf_t nb2;
    if (NLR_TRY(&nb2)) { print_exception(e); nlr_pop(&nb2); }
    else vm_write("rivet: error while printing an exception\n", 41);
    return 1;
}
