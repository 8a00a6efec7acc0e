/* loader.c — boots the VM: checks the bytecode image in flash (magic, version, size, CRC-32),
 * builds code objects from its records (bytecode and strings stay in flash), creates module
 * objects, runs the main module, and turns an uncaught exception or SystemExit into the exit code.
 * Exit codes (docs/board-abi.md): 0 ok, 1 uncaught exception, SystemExit's code, 122 bad image. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "../hal/hal.h"

#define IMAGE_MAGIC 0x43425652u
#define IMAGE_VERSION 2u
#define EXIT_BAD_IMAGE 122

const bootinfo_t *vm_boot;
val_t vm_modules;
static const uint8_t *image;
static uint32_t image_size;
static val_t *image_strings;     /* interned strings of the image, by index */
static val_t image_strings_v;
static val_t module_codes;       /* dict: module name -> code */

static inline uint32_t u32(const uint8_t *p) { uint32_t v; memcpy_(&v, p, 4); return v; }
static inline uint16_t u16(const uint8_t *p) { uint16_t v; memcpy_(&v, p, 2); return v; }

static uint32_t crc32(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static __attribute__((noreturn)) void bad_image(const char *why) {
    vm_write("rivet: bad bytecode image: ", 27);
    vm_write(why, cstrlen(why));
    vm_write("\n", 1);
    hal_exit(EXIT_BAD_IMAGE);
}

static val_t str_at(uint32_t idx) {
    return image_strings[idx];
}

static val_t load_const(uint32_t off);
static val_t load_code(uint32_t off);

static val_t load_const(uint32_t off) {
    if (off + 8 > image_size) bad_image("constant out of range");
    const uint8_t *p = image + off;
    uint32_t tag = u32(p);
    switch (tag) {
    case 0: return NONE;
    case 1: return TRUE_V;
    case 2: return FALSE_V;
    case 3: return V(&ellipsis_obj);
    case 4: { int64_t v; memcpy_(&v, p + 8, 8); return int_from_i64(v); }
    case 5: {
        uint32_t sign = u32(p + 4), nbytes = u32(p + 8);
        val_t r = MKSMALL(0);
        for (uint32_t i = nbytes; i > 0; i--)
            r = int_binary(OP_OR, int_binary(OP_LSHIFT, r, MKSMALL(8)), MKSMALL(p[16 + i - 1]));
        return sign ? int_binary(OP_SUB, MKSMALL(0), r) : r;
    }
    case 6: { double d; memcpy_(&d, p + 8, 8); return float_new(d); }
    case 7: return str_at(u32(p + 4));
    case 8: return bytes_new(p + 8, u32(p + 4));
    case 9: {
        uint32_t n = u32(p + 4);
        val_t t = tuple_alloc(n);
        for (uint32_t i = 0; i < n; i++) TUPLE(t)->items[i] = load_const(u32(p + 8 + 4 * i));
        return t;
    }
    case 10: return load_code(u32(p + 4));
    case 11: raise_msg(&ValueError_type, "complex numbers are not supported");
    }
    bad_image("unknown constant tag");
}

static val_t *name_array(uint32_t off, uint32_t n) {
    if (n == 0) return NULL;
    val_t *a = gc_alloc(n * sizeof(val_t));
    for (uint32_t i = 0; i < n; i++) a[i] = str_at(u32(image + off + 4 * i));
    return a;
}

/* Whether the bytecode has LOAD_NAME (also as LOAD_NAME_LOAD_CONST), LOAD_GLOBAL, STORE_NAME or
 * STORE_GLOBAL, whose sites share
 * one entry number cache per name (vm.c): code that names no global gets no array. */
static bool uses_name_cache(const uint8_t *bc, uint32_t size) {
    for (uint32_t i = 0; i < size; ) {
        uint8_t op = bc[i];
        if (op == 0x59 || op == 0x5B || op == 0xA0 || op == 0xA1 || op == 0xA6) return true;
        i += op < 0x50 ? 1 : op < 0xA0 ? 3 : 5;   /* lengths by opcode range (docs/bytecode.md 2) */
    }
    return false;
}

/* What vm_loop's inline call needs of the code, decided once here rather than at every call: a
 * plain function (positional parameters only, no cells, not a generator, no exception table:
 * nothing in it catches, so an exception leaves it the way it leaves a vm_run_frame frame) is
 * called inline when given exactly argcount arguments. Its frame there: header, locals and
 * value stack, rounded up to keep the C stack 16-byte aligned. */
static void code_inline_setup(code_info_t *ci) {
    bool plain = !(ci->flags & (CO_GENERATOR | CO_VARARGS | CO_VARKEYWORDS)) &&
                 (ci->kwonlyargcount | ci->ncells | ci->nfrees | ci->nexc) == 0 &&
                 ci->stacksize > 0;   /* always (a return pushes its value); vm_loop's clearing needs it */
    ci->inline_argc = plain ? ci->argcount : UINT32_MAX;
    bool small = ci->argcount <= INLINE_SMALL_ARGS && ci->nlocals + ci->stacksize - ci->argcount <= INLINE_SMALL_CLEAR;
    ci->inline_small_argc = small ? ci->inline_argc : UINT32_MAX;
    size_t bytes = sizeof(frame_t) + ((size_t)ci->nlocals + ci->stacksize) * sizeof(val_t);
    ci->inline_frame_bytes = (uint32_t)((bytes + 15) & ~(size_t)15);
}

static val_t load_code(uint32_t off) {
    if (off + 80 > image_size) bad_image("code record out of range");
    const uint8_t *r = image + off;
    code_t *c = new_obj(&code_type, sizeof(code_t));
    code_info_t *ci = &c->info;
    ci->image = image;
    ci->flags = u32(r);
    ci->argcount = u16(r + 4); ci->posonlyargcount = u16(r + 6); ci->kwonlyargcount = u16(r + 8);
    ci->nlocals = u16(r + 10); ci->ncells = u16(r + 12); ci->nfrees = u16(r + 14);
    ci->stacksize = u16(r + 16); ci->ncache = u16(r + 18);
    uint16_t nnames = u16(r + 20), nconsts = u16(r + 22);
    ci->firstlineno = u32(r + 24);
    ci->name = str_at(u32(r + 28));
    ci->qualname = str_at(u32(r + 32));
    ci->filename = str_at(u32(r + 36));
    ci->bytecode_size = u32(r + 40);
    ci->bytecode = image + u32(r + 44);
    ci->linetab_size = u32(r + 48);
    ci->linetab = ci->linetab_size ? image + u32(r + 52) : NULL;
    ci->nexc = u32(r + 56);
    ci->exctab = (const exc_entry_t *)(image + u32(r + 60));
    if (u32(r + 44) + ci->bytecode_size > image_size) bad_image("bytecode out of range");
    code_inline_setup(ci);
    ci->localnames = name_array(u32(r + 64), ci->nlocals);
    ci->derefnames = name_array(u32(r + 68), (uint32_t)ci->ncells + ci->nfrees);
    ci->names = name_array(u32(r + 72), nnames);
    /* inline caches (vm.h) for functions and class bodies, and for module code when the heap
     * can spare 24 bytes a site: module loops (LOAD_METHOD on builtins, attribute sites) run as
     * hot as any function's (dicts.py: -10% instructions), but on tiny's 64 KiB heap the records
     * pushed corpus programs into MemoryError */
    bool module_caches = vm_boot->heap_size >= 256 * 1024;
    if (ci->ncache && (!(ci->flags & CO_MODULE) || module_caches)) ci->cache = gc_alloc(ci->ncache * sizeof(inline_cache_t));
    if (nnames && uses_name_cache(ci->bytecode, ci->bytecode_size)) ci->namecache = gc_alloc(nnames * sizeof(uint16_t));
    if (nconsts) {
        ci->consts = gc_alloc(nconsts * sizeof(val_t));
        for (uint32_t i = 0; i < nconsts; i++) ci->consts[i] = load_const(u32(image + u32(r + 76) + 4 * i));
    }
    return V(c);
}
/* exec.c: load a code record of a run-time compiled image (in a GC block) with this loader. */
val_t loader_load_code_in(const uint8_t *img, uint32_t size, val_t *strings, uint32_t off) {
    const uint8_t *saved = image; uint32_t saved_size = image_size; val_t *saved_strings = image_strings;
    image = img; image_size = size; image_strings = strings;
    nlr_buf_t nb;
    volatile val_t r = MISSING;
    if (NLR_TRY(&nb)) { r = load_code(off); nlr_pop(&nb); }
    image = saved; image_size = saved_size; image_strings = saved_strings;
    if (!r) raise_again(nb.exc);
    return r;
}
static val_t code_repr(val_t v) { return str_printf("<code object %S>", ((code_t *)v)->info.name); }
type_t code_type = { { &type_type }, "code", 0, sizeof(code_t), .repr = code_repr };

/* ---- modules ---- */
static val_t module_getattr(val_t v, val_t name) {
    module_t *m = (module_t *)v;
    if (name == N___dict__) return m->dict;
    return dict_get_str(m->dict, name);
}
static bool module_setattr(val_t v, val_t name, val_t value) {
    module_t *m = (module_t *)v;
    if (value) dict_set(m->dict, name, value);
    else if (!dict_del(m->dict, name)) raise_msg(&AttributeError_type, "%S", name);
    return true;
}
static val_t module_repr(val_t v) {
    module_t *m = (module_t *)v;
    val_t f = dict_get_str(m->dict, str_intern_c("__file__"));
    if (f) return str_printf("<module '%S' from '%S'>", m->name, f);
    return str_printf("<module '%S' (built-in)>", m->name);
}
type_t module_type = { { &type_type }, "module", 0, sizeof(module_t), .repr = module_repr,
    .getattr = module_getattr, .setattr = module_setattr };
val_t module_new(val_t name) {
    module_t *m = new_obj(&module_type, sizeof(module_t));
    m->name = name;
    m->dict = dict_new();
    dict_set(m->dict, N___name__, name);
    return V(m);
}

val_t import_module(val_t name_arg, val_t fromlist, int level, val_t globals) {
    volatile val_t name = name_arg;
    (void)fromlist; (void)globals;
    if (level > 0) {
        val_t pkg = globals ? dict_get_str(globals, str_intern_c("__package__")) : MISSING;
        if (!pkg || pkg == NONE) raise_msg(&ImportError_type, "attempted relative import with no known parent package");
        val_t base = pkg;
        for (int i = 1; i < level; i++) {
            intptr_t dot = -1;
            for (size_t k = 0; k < STR(base)->len; k++) if (CSTR(base)[k] == '.') dot = (intptr_t)k;
            if (dot < 0) raise_msg(&ImportError_type, "attempted relative import beyond top-level package");
            base = str_new(CSTR(base), (size_t)dot);
        }
        name = STR(name)->len ? str_printf("%S.%S", base, name) : base;
        name = str_intern_val(name);
    }
    val_t m = dict_get(vm_modules, name);
    if (m) return m;
    /* import parents first */
    for (size_t k = 0; k < STR(name)->len; k++)
        if (CSTR(name)[k] == '.') import_module(str_intern(CSTR(name), k), NONE, 0, MISSING);
    m = dict_get(vm_modules, name);
    if (m) return m;
    val_t rec = module_codes ? dict_get(module_codes, name) : MISSING;
    if (!rec) { extern val_t hostfs_find_module(val_t); rec = hostfs_find_module(name); } /* --mount (hostfs.c) */
    if (!rec) { extern void raise_module_not_found(val_t); raise_module_not_found(name); } /* hostfs.c: sets .name */
    val_t code = TUPLE(rec)->items[0];
    m = module_new(name);
    module_t *mod = (module_t *)m;
    dict_set(mod->dict, str_intern_c("__file__"), TUPLE(rec)->items[1]);
    bool pkg = TUPLE(rec)->items[2] == TRUE_V;
    if (pkg) {
        dict_set(mod->dict, str_intern_c("__package__"), name);
        dict_set(mod->dict, str_intern_c("__path__"), list_new(0, NULL));
    } else {
        intptr_t dot = -1;
        for (size_t k = 0; k < STR(name)->len; k++) if (CSTR(name)[k] == '.') dot = (intptr_t)k;
        dict_set(mod->dict, str_intern_c("__package__"), dot < 0 ? empty_str : str_intern(CSTR(name), (size_t)dot));
    }
    dict_set(mod->dict, str_intern_c("__builtins__"), vm_builtins);
    dict_set(vm_modules, name, m);
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        run_code_with_dict(code, mod->dict, mod->dict);
        nlr_pop(&nb);
    } else {
        dict_del(vm_modules, name);
        extern __attribute__((noreturn)) void raise_again(val_t);
        raise_again(nb.exc);
    }
    /* bind as attribute of the parent package */
    for (size_t k = STR(name)->len; k > 0; k--) {
        if (CSTR(name)[k - 1] == '.') {
            val_t parent = dict_get(vm_modules, str_intern(CSTR(name), k - 1));
            if (parent) dict_set(((module_t *)parent)->dict, str_intern(CSTR(name) + k, STR(name)->len - k), m);
            break;
        }
    }
    return m;
}

val_t vm_import_name(frame_t *f, val_t name, val_t fromlist, val_t level) {
    val_t m = import_module(name, fromlist, (int)SMALL(level), f->globals);
    if (fromlist == NONE && SMALL(level) == 0) {
        for (size_t k = 0; k < STR(name)->len; k++)
            if (CSTR(name)[k] == '.') return dict_get(vm_modules, str_intern(CSTR(name), k));
    }
    return m;
}
val_t vm_import_from(val_t m, val_t name) {
    val_t r = obj_getattr_opt(m, name);
    if (r) return r;
    if (is_type(m, &module_type)) {
        val_t full = str_intern_val(str_printf("%S.%S", ((module_t *)m)->name, name));
        val_t rec = module_codes ? dict_get(module_codes, full) : MISSING;
        if (!rec) { extern val_t hostfs_find_module(val_t); rec = hostfs_find_module(full); } /* --mount (hostfs.c) */
        if (rec || dict_get(vm_modules, full)) return import_module(full, NONE, 0, MISSING);
        raise_msg(&ImportError_type, "cannot import name '%S' from '%S' (unknown location)", name, ((module_t *)m)->name);
    }
    raise_msg(&ImportError_type, "cannot import name '%S'", name);
}
void vm_import_star(frame_t *f, val_t m) {
    val_t d = ((module_t *)m)->dict;
    val_t all = dict_get_str(d, str_intern_c("__all__"));
    if (all) {
        val_t it = obj_iter(all), k;
        while ((k = obj_next(it))) dict_set(f->locals, k, obj_getattr(m, str_intern_val(k)));
        return;
    }
    size_t p = 0; val_t k, v;
    while ((k = dict_iternext_entry(d, &p, &v))) if (IS_STR(k) && CSTR(k)[0] != '_') dict_set(f->locals, k, v);
}

/* ---- boot ---- */
void str_init(void);
void exc_init_module(void);
void object_init_module(void);
void builtins_init(void);
void modules_init(const bootinfo_t *info);
void type_install_methods(type_t *t);
extern type_t *const builtin_exception_types[];
extern type_t enumerate_type, zip_type, map_type, filter_type, reversed_type;

static void load_image(const bootinfo_t *info) {
    if (!info->image_base || info->image_size < 32) bad_image("no image");
    image = (const uint8_t *)(uintptr_t)info->image_base;
    if (u32(image) != IMAGE_MAGIC) bad_image("wrong magic (not a Rivet bytecode image)");
    if (u32(image + 4) != IMAGE_VERSION) bad_image("unsupported format version");
    image_size = u32(image + 8);
    if (image_size < 32 || image_size > info->image_size) bad_image("size does not fit the image region");
    if (crc32(image + 32, image_size - 32) != u32(image + 12)) bad_image("checksum mismatch");
    uint32_t stroff = u32(image + 16);
    uint32_t nstr = u32(image + stroff);
    image_strings = gc_alloc((nstr ? nstr : 1) * sizeof(val_t));
    image_strings_v = V(image_strings);
    gc_add_root(&image_strings_v);
    for (uint32_t i = 0; i < nstr; i++) {
        uint32_t so = u32(image + stroff + 4 + 4 * i);
        if (so + 8 > image_size) bad_image("string out of range");
        uint32_t nb = u32(image + so);
        image_strings[i] = str_intern((const char *)image + so + 8, nb);
    }
    module_codes = dict_new();
    gc_add_root(&module_codes);
}

int vm_main(const bootinfo_t *info) {
    vm_boot = info;
    vm_stack_init(info);
    gc_init(info);
    nlr_buf_t top;
    if (!NLR_TRY(&top)) {
        vm_write("rivet: fatal error during start-up\n", 35);
        return 1;
    }
    str_init();
    empty_tuple = tuple_alloc(0);
    gc_add_root(&empty_tuple);
    exc_init_module();
    static type_t *const types[] = {
        &object_type, &type_type, &int_type, &float_type, &str_type, &bytes_type, &bytearray_type, &list_type,
        &tuple_type, &dict_type, &set_type, &frozenset_type, &range_type, &generator_type, &property_type,
        &bool_type, &none_type, &function_type, &native_type, &boundmeth_type, &module_type, &slice_type,
        &staticmethod_type, &classmethod_type, &super_type, &enumerate_type, &zip_type, &map_type,
        &filter_type, &reversed_type, &dictview_type, NULL,
    };
    (void)types; /* method dicts are installed on first lookup (runtime.c type_lookup) */
    object_init_module();
    builtins_init();
    vm_modules = dict_new();
    gc_add_root(&vm_modules);
    vm_handled = NONE;
    hal_boot_ready();
    modules_init(info);
    extern void exec_init(void);
    exec_init(); /* compile/exec/eval (exec.c) */
    nlr_pop(&top);

    extern int hostfs_main(void);
    if (info->options & BOOT_OPT_MOUNT_MAIN) return hostfs_main(); /* --mount: main from the host (hostfs.c) */
    extern int repl_main(void);
    if (info->options & BOOT_OPT_REPL) return repl_main(); /* rivet repl: the prompt (repl.c) */
    load_image(info);
    uint32_t nmod = u32(image + 20), modoff = u32(image + 24), main_idx = u32(image + 28);
    volatile val_t main_code = MISSING, main_name = MISSING, main_file = MISSING;
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        for (uint32_t i = 0; i < nmod; i++) {
            const uint8_t *e = image + modoff + 16 * i;
            val_t name = str_at(u32(e));
            uint32_t flags = u32(e + 4);
            val_t code = load_code(u32(e + 8));
            val_t file = str_at(u32(e + 12));
            val_t rec[3] = { code, file, BOOL(flags & 1) };
            dict_set(module_codes, name, tuple_new(3, rec));
            if (i == main_idx || (flags & 2)) { main_code = code; main_name = name; main_file = file; }
        }
        nlr_pop(&nb);
    } else {
        print_exception(nb.exc);
        return 1;
    }
    if (!main_code) return 0;
    (void)main_name;
    val_t m = module_new(N___main__);
    module_t *mod = (module_t *)m;
    dict_set(mod->dict, str_intern_c("__file__"), main_file);
    dict_set(mod->dict, str_intern_c("__builtins__"), vm_builtins);
    dict_set(mod->dict, str_intern_c("__package__"), NONE);
    dict_set(vm_modules, N___main__, m);
    static val_t main_module;
    main_module = m;
    gc_add_root(&main_module);
    if (NLR_TRY(&nb)) {
        run_code_with_dict(main_code, mod->dict, mod->dict);
        nlr_pop(&nb);
    } else {
        val_t e = nb.exc;
        if (isinstance_of(e, &SystemExit_type)) return exc_exit_code(e);
        nlr_buf_t nb2;
        gc_collect();   /* the unwound frames' garbage: room to format the traceback */
        if (NLR_TRY(&nb2)) { print_exception(e); nlr_pop(&nb2); }
        else vm_write("rivet: error while printing an exception\n", 41);
        return 1;
    }
    extern void sys_flush(void);
    return 0;
}
