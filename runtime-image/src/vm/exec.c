/* exec.c — compile(), exec() and eval(): run-time compilation through the host (COMPILE and
 * FETCH_RESULT host calls, docs/board-abi.md) and CPython's rules for the namespaces code runs in.
 *
 * A compile result is an image (docs/bytecode.md 7.7) copied into one GC block; its code object
 * keeps the block's head in code_info.image, so the block lives exactly as long as some code
 * object, function or frame (through its function/code object) can reach it. Nothing here adds a
 * root for the block: executing frames hold what the VM's frames normally hold, no more.
 *
 * Scoping, as CPython 3.11: with no dicts the code runs with the calling frame's globals and its
 * locals (module: the module dict; class body: the namespace being built; function: a snapshot
 * dict of its fast locals and cells, so assignments do not reach the function); one dict serves
 * as both; two are globals and locals. '__builtins__' is inserted into a globals dict lacking it. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "../hal/hal.h"

#define IMAGE_MAGIC 0x43425652u
#define COMPILE_ERROR_STATUS HOSTCALL_COMPILE_ERROR
#define SOURCE_LIMIT (16u << 20)

enum { MODE_EXEC = 0, MODE_EVAL = 1, MODE_SINGLE = 2 };

val_t loader_load_code_in(const uint8_t *img, uint32_t size, val_t *strings, uint32_t off);
__attribute__((noreturn)) void raise_again(val_t e);
extern type_t SystemError_type;

static inline uint32_t rd32(const uint8_t *p) { uint32_t v; memcpy_(&v, p, 4); return v; }

/* Keeps the head pointer p live (in a register or stack slot the collector scans) up to this
 * point: code that only holds interior pointers into a block, or whose callee keeps the block in
 * a static the collector does not scan, must not let gcc drop the head across allocations. */
#define KEEP_ALIVE(p) __asm__ volatile("" : : "g"(p) : "memory")

/* ---- the compile error record (FETCH_RESULT after status 6) ---- */
/* u32 kind (0 SyntaxError, 1 IndentationError, 2 TabError), u32 lineno, u32 offset,
 * u32 end_lineno, u32 end_offset, u32 msg bytes, u32 filename bytes, u32 text bytes
 * (0xFFFFFFFF: no text), then the three UTF-8 strings back to back. */
static val_t utf8_or_none(const uint8_t *p, uint32_t n) {
    if (n == 0xFFFFFFFFu) return NONE;
    return str_new((const char *)p, n);
}

static type_t *syntax_error_kind(uint32_t kind) {
    if (kind == 0) return &SyntaxError_type;
    extern val_t vm_builtins;
    val_t t = dict_get_str(vm_builtins, str_intern_c(kind == 1 ? "IndentationError" : "TabError"));
    return t ? TYPE(t) : &SyntaxError_type;
}

/* SyntaxError with CPython's attributes and args (msg, (filename, lineno, offset, text, end_lineno, end_offset)) */
static __attribute__((noreturn)) void raise_compile_error(const uint8_t *r, uint32_t size) {
    if (size < 32) raise_msg(&SystemError_type, "bad compile error record");
    uint32_t kind = rd32(r), line = rd32(r + 4), col = rd32(r + 8), eline = rd32(r + 12), ecol = rd32(r + 16);
    uint32_t nmsg = rd32(r + 20), nfile = rd32(r + 24), ntext = rd32(r + 28);
    const uint8_t *p = r + 32;
    val_t msg = str_new((const char *)p, nmsg); p += nmsg;
    val_t file = str_new((const char *)p, nfile); p += nfile;
    val_t text = utf8_or_none(p, ntext);
    KEEP_ALIVE(r); /* p points into the record: only r is a head pointer */
    val_t detail[6] = { file, MKSMALL(line), MKSMALL(col), text, MKSMALL(eline), MKSMALL(ecol) };
    if (eline == 0) { detail[4] = NONE; detail[5] = NONE; }
    val_t args[2] = { msg, tuple_new(6, detail) };
    val_t e = exc_new(syntax_error_kind(kind), tuple_new(2, args));
    obj_setattr(e, str_intern_c("msg"), msg);
    obj_setattr(e, N_filename, file);
    obj_setattr(e, str_intern_c("lineno"), detail[1]);
    obj_setattr(e, str_intern_c("offset"), detail[2]);
    obj_setattr(e, str_intern_c("text"), text);
    obj_setattr(e, str_intern_c("end_lineno"), detail[4]);
    obj_setattr(e, str_intern_c("end_offset"), detail[5]);
    obj_setattr(e, str_intern_c("print_file_and_line"), NONE);
    raise(e);
}

/* str(SyntaxError): "msg (filename, line N)", as CPython (exc.c calls this for SyntaxError). */
val_t syntax_error_str(val_t e) {
    val_t msg = obj_getattr_opt(e, str_intern_c("msg"));
    val_t file = obj_getattr_opt(e, N_filename);
    val_t line = obj_getattr_opt(e, str_intern_c("lineno"));
    if (!msg) {
        tuple_t *a = TUPLE(((exc_t *)e)->args);
        return a->len ? obj_str(a->items[0]) : empty_str;
    }
    val_t m = obj_str(msg);
    if (file && IS_STR(file) && line && IS_SMALL(line)) {
        /* CPython shows only the last path component */
        const char *s = CSTR(file); size_t n = STR(file)->len, k = n;
        while (k > 0 && s[k - 1] != '/') k--;
        return str_printf("%S (%S, line %d)", m, str_new(s + k, n - k), (int)SMALL(line));
    }
    if (file && IS_STR(file)) return str_printf("%S (%S)", m, file);
    if (line && IS_SMALL(line)) return str_printf("%S (line %d)", m, (int)SMALL(line));
    return m;
}

/* Uncaught SyntaxError (exc.c print_one): CPython prints '  File "f", line N' after the traceback
 * (the source line and caret, which the board cannot show, are left out) and then only msg.
 * MISSING for any other exception. */
val_t syntax_error_print_location(val_t e) {
    if (!isinstance_of(e, &SyntaxError_type)) return MISSING;
    val_t msg = obj_getattr_opt(e, str_intern_c("msg"));
    val_t file = obj_getattr_opt(e, N_filename);
    val_t line = obj_getattr_opt(e, str_intern_c("lineno"));
    if (!msg || !file || !IS_STR(file) || !line || !IS_SMALL(line)) return MISSING;
    vm_print(str_printf("  File \"%S\", line %d\n", file, (int)SMALL(line)));
    return obj_str(msg);
}

/* ---- host compile ---- */
static uint32_t hostcall4(uint32_t op, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t *ret0) {
    hostcall_t rq;
    memset_(&rq, 0, sizeof rq);
    rq.op = op;
    rq.arg[0] = a0; rq.arg[1] = a1; rq.arg[2] = a2; rq.arg[3] = a3;
    uint32_t st = hal_hostcall(&rq);
    if (ret0) *ret0 = rq.ret[0];
    return st;
}

/* Builds a code object from an image the host produced: copies it into a GC block first. */
static val_t code_from_compiled(uint64_t size) {
    if (size < 32 || size > SOURCE_LIMIT * 8u) raise_msg(&MemoryError_type, "compiled code too large");
    uint8_t *block = gc_alloc((size_t)size);
    uint64_t got;
    uint32_t st = hostcall4(HOSTCALL_FETCH_RESULT, (uintptr_t)block, size, 0, 0, &got);
    if (st != HOSTCALL_OK || got != size) raise_msg(&RuntimeError_type, "run-time compile: the host lost the result (status %d)", (int)st);
    if (rd32(block) != IMAGE_MAGIC || rd32(block + 8) != size || rd32(block + 20) < 1)
        raise_msg(&RuntimeError_type, "run-time compile: the host returned a bad image");
    uint32_t stroff = rd32(block + 16), nstr = rd32(block + stroff);
    val_t *strings = gc_alloc((nstr ? nstr : 1) * sizeof(val_t));
    for (uint32_t i = 0; i < nstr; i++) {
        uint32_t so = rd32(block + stroff + 4 + 4 * i);
        strings[i] = str_intern((const char *)block + so + 8, rd32(block + so));
    }
    uint32_t modoff = rd32(block + 24);
    val_t code = loader_load_code_in(block, (uint32_t)size, strings, rd32(block + modoff + 8));
    /* the loader keeps both in statics the collector does not scan while it allocates */
    KEEP_ALIVE(block);
    KEEP_ALIVE(strings);
    return code;
}

/* Compiles UTF-8 source bytes; raises SyntaxError (and friends) as CPython's compile() does. */
val_t exec_compile_bytes(const char *src, size_t len, val_t filename, int mode) {
    for (size_t i = 0; i < len; i++)
        if (src[i] == 0) raise_msg(&SyntaxError_type, "source code string cannot contain null bytes");
    if (len > SOURCE_LIMIT) raise_msg(&MemoryError_type, "source code too large for the run-time compiler");
    uint64_t size;
    uint32_t st = hostcall4(HOSTCALL_COMPILE, (uintptr_t)src, len, (uintptr_t)CSTR(filename),
                            (uint64_t)STR(filename)->len | ((uint64_t)mode << 32), &size);
    if (st == COMPILE_ERROR_STATUS) {
        uint8_t *rec = gc_alloc((size_t)size + 1);
        uint64_t got;
        if (hostcall4(HOSTCALL_FETCH_RESULT, (uintptr_t)rec, size, 0, 0, &got) != HOSTCALL_OK)
            raise_msg(&RuntimeError_type, "run-time compile: the host lost the error");
        raise_compile_error(rec, (uint32_t)got);
    }
    if (st == HOSTCALL_INCOMPLETE) return MISSING; /* mode 3 only: the REPL reads more lines (repl.c) */
    if (st == HOSTCALL_UNKNOWN_OP)
        raise_msg(&RuntimeError_type, "run-time compile is not available on this host (rivet run provides it)");
    if (st != HOSTCALL_OK) raise_msg(&RuntimeError_type, "run-time compile failed (host-call status %d)", (int)st);
    return code_from_compiled(size);
}

static int mode_of(val_t mode) {
    if (IS_STR(mode)) {
        if (cstrcmp(CSTR(mode), "exec") == 0) return MODE_EXEC;
        if (cstrcmp(CSTR(mode), "eval") == 0) return MODE_EVAL;
        if (cstrcmp(CSTR(mode), "single") == 0) return MODE_SINGLE;
    }
    raise_msg(&ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
}

/* eval() of a str ignores leading spaces and tabs, as CPython */
static val_t compile_value(val_t source, val_t filename, int mode, const char *fname) {
    if (is_type(source, &code_type)) return source;
    const char *s; size_t n;
    if (IS_STR(source)) { s = CSTR(source); n = STR(source)->len; }
    else if (is_type(source, &bytes_type)) { s = (const char *)((bytes_t *)source)->data; n = ((bytes_t *)source)->len; }
    else if (mode == MODE_EXEC && cstrcmp(fname, "exec") == 0)
        raise_type_error("exec() arg 1 must be a string, bytes or code object");
    else if (cstrcmp(fname, "eval") == 0)
        raise_type_error("eval() arg 1 must be a string, bytes or code object");
    else raise_type_error("compile() arg 1 must be a string, bytes or AST object");
    if (mode == MODE_EVAL && cstrcmp(fname, "eval") == 0) while (n > 0 && (*s == ' ' || *s == '\t')) { s++; n--; }
    return exec_compile_bytes(s, n, filename, mode);
}

/* ---- namespaces ---- */
/* A function frame's locals as a fresh dict: fast locals, then cell and free variables. */
val_t exec_frame_locals(frame_t *f) {
    if (f->locals) return f->locals;
    const code_info_t *ci = f->ci;
    val_t d = dict_new();
    for (int i = 0; i < ci->nlocals; i++) if (f->slots[i]) dict_set(d, ci->localnames[i], f->slots[i]);
    for (int i = 0; i < ci->ncells + ci->nfrees; i++) {
        val_t c = f->slots[ci->nlocals + i];
        if (c && is_type(c, &cell_type) && ((cell_t *)c)->value) dict_set(d, ci->derefnames[i], ((cell_t *)c)->value);
    }
    return d;
}

/* LOAD_NAME in code run with a non-dict locals mapping (vm.c): m[name], or MISSING on KeyError
 * so the lookup goes on to globals and builtins, as CPython. */
val_t exec_mapping_get(val_t m, val_t name) {
    nlr_buf_t nb;
    volatile val_t r = MISSING;
    if (NLR_TRY(&nb)) { r = obj_getitem(m, name); nlr_pop(&nb); return r; }
    if (isinstance_of(nb.exc, &KeyError_type)) return MISSING;
    raise_again(nb.exc);
}

static bool is_mapping(val_t v) {
    if (isinstance_of(v, &dict_type) || type_of(v)->subscr) return true;
    return lookup_method(v, N___getitem__, &(val_t){0}) != MISSING;
}

static val_t run(val_t source, val_t globals, val_t locals, int mode, const char *fname) {
    frame_t *caller = vm_current_frame;
    if (globals != NONE && !IS_DICT(globals))
        raise_type_error(mode == MODE_EXEC ? "exec() globals must be a dict, not %s" : "globals must be a dict", type_name(globals));
    if (locals != NONE && !is_mapping(locals))
        raise_type_error(mode == MODE_EXEC ? "locals must be a mapping or None, not %s" : "locals must be a mapping", type_name(locals));
    if (globals == NONE) {
        if (!caller) raise_msg(&SystemError_type, "%s(): no current frame", fname);
        globals = caller->globals;
        if (locals == NONE) locals = exec_frame_locals(caller);
    } else if (locals == NONE) locals = globals;
    if (!dict_get_str(globals, str_intern_c("__builtins__"))) dict_set(globals, str_intern_c("__builtins__"), vm_builtins);
    /* compile hands back a function; it goes straight to the call (runfn.c, docs/gc-race.md) */
    val_t r = vm_run_function(function_new(compile_value(source, str_intern_c("<string>"), mode, fname), globals), locals);
    return mode == MODE_EXEC ? NONE : r;
}

static val_t bi_exec(int npos, int nkw, const val_t *args) {
    args_check("exec", npos, 0, 1, 3);
    val_t g = npos > 1 ? args[1] : kwarg(npos, nkw, args, "globals", NONE);
    val_t l = npos > 2 ? args[2] : kwarg(npos, nkw, args, "locals", NONE);
    return run(args[0], g, l, MODE_EXEC, "exec");
}
static val_t bi_eval(int npos, int nkw, const val_t *args) {
    args_check("eval", npos, 0, 1, 3);
    val_t g = npos > 1 ? args[1] : kwarg(npos, nkw, args, "globals", NONE);
    val_t l = npos > 2 ? args[2] : kwarg(npos, nkw, args, "locals", NONE);
    return run(args[0], g, l, MODE_EVAL, "eval");
}
static val_t bi_compile(int npos, int nkw, const val_t *args) {
    val_t source = npos > 0 ? args[0] : kwarg(npos, nkw, args, "source", MISSING);
    val_t filename = npos > 1 ? args[1] : kwarg(npos, nkw, args, "filename", MISSING);
    val_t mode = npos > 2 ? args[2] : kwarg(npos, nkw, args, "mode", MISSING);
    if (!source) raise_type_error("compile() missing required argument 'source' (pos 1)");
    if (!filename) raise_type_error("compile() missing required argument 'filename' (pos 2)");
    if (!mode) raise_type_error("compile() missing required argument 'mode' (pos 3)");
    if (!IS_STR(filename)) raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(filename));
    if (!IS_STR(mode)) raise_type_error("compile() argument 'mode' must be str, not %s", type_name(mode));
    int m = mode_of(mode);
    return compile_value(source, filename, m, "compile");
}
static val_t bi_locals(void) {
    return vm_current_frame ? exec_frame_locals(vm_current_frame) : NONE;
}

/* code objects' attributes used by programs (co_filename, co_name, ...) */
static val_t code_attr(val_t v, val_t name) {
    const code_info_t *ci = &((code_t *)v)->info;
    const char *n = CSTR(name);
    if (cstrcmp(n, "co_filename") == 0) return ci->filename;
    if (cstrcmp(n, "co_name") == 0) return ci->name;
    if (cstrcmp(n, "co_qualname") == 0) return ci->qualname;
    if (cstrcmp(n, "co_firstlineno") == 0) return MKSMALL(ci->firstlineno);
    if (cstrcmp(n, "co_argcount") == 0) return MKSMALL(ci->argcount);
    if (cstrcmp(n, "co_varnames") == 0) return tuple_new(ci->nlocals, ci->localnames);
    return MISSING;
}

/* bound in the builtins ROM table (builtins.c), in this order */
const method_def_t exec_defs[] = {
    NATIVE("exec", bi_exec, MK_KW, 1, 3),
    NATIVE("eval", bi_eval, MK_KW, 1, 3),
    NATIVE("compile", bi_compile, MK_KW, 3, 6),
    NATIVE("locals", bi_locals, MK_FIXED, 0, 0),
    NATIVE_END,
};

void exec_init(void) {
    /* exec_defs and IndentationError/TabError (exc.c) are in the builtins ROM table */
    if (!code_type.getattr) code_type.getattr = code_attr;
}
