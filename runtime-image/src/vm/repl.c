/* repl.c — the board's interactive prompt (boot option bit 4 `repl`, docs/board-abi.md "REPL"):
 * reads lines from the UART, asks the host to compile each statement in interactive mode
 * (COMPILE mode 3: "incomplete" means print "... " and read more), runs it in __main__'s globals,
 * and prints results, tracebacks and SyntaxErrors as CPython 3.11's REPL does.
 *
 * Control bytes on the UART: 0x03 (Ctrl-C at the prompt) discards the statement being typed;
 * 0x04 (Ctrl-D, or the host's end of input) ends the session with exit code 0. A running
 * statement is interrupted through vm_interrupt_pending, a flag the host sets (host call
 * INTERRUPT_FLAG tells it where) and the VM checks at jumps (vm.c). */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "../hal/hal.h"

#define SOURCE_CAP (16u << 10)   /* one statement, all its lines */
enum { CH_INTR = 0x03, CH_EOF = 0x04 };
enum { READ_LINE, READ_EOF, READ_INTR, READ_PARTIAL_EOF };
enum { MODE_SINGLE = 2, MODE_INTERACTIVE = 3 };

volatile uint32_t vm_interrupt_pending;

val_t exec_compile_bytes(const char *src, size_t len, val_t filename, int mode);

static char source[SOURCE_CAP];
static bool at_eof;
static bool wait_served = true;

/* Called by the VM when it finds the flag set: the statement ends with KeyboardInterrupt. */
__attribute__((noreturn)) void vm_raise_interrupt(void) {
    vm_interrupt_pending = 0;
    raise(exc_new(&KeyboardInterrupt_type, empty_tuple));
}

static uint32_t hostcall1(uint32_t op, uint64_t a0) {
    hostcall_t rq;
    memset_(&rq, 0, sizeof rq);
    rq.op = op;
    rq.arg[0] = a0;
    return hal_hostcall(&rq);
}

/* The next received byte. Hosts serving UART_WAIT block there until input arrives (and show the
 * prompt printed so far); others leave the board polling the receiver. */
static int read_byte(void) {
    for (;;) {
        int c = hal_getc();
        if (c >= 0) return c;
        if (wait_served && hostcall1(HOSTCALL_UART_WAIT, 0) == HOSTCALL_UNKNOWN_OP) wait_served = false;
    }
}

/* Appends one line (without its '\n') at source[*n]; bytes past the capacity are dropped. */
static int read_line(size_t *n) {
    if (at_eof) return READ_EOF;
    size_t start = *n;
    for (;;) {
        int c = read_byte();
        if (c == '\n') return READ_LINE;
        if (c == CH_INTR) return READ_INTR;
        if (c == CH_EOF) {
            at_eof = true;
            return *n > start ? READ_PARTIAL_EOF : READ_EOF;
        }
        if (c == '\r') continue;
        if (*n < SOURCE_CAP - 2) source[(*n)++] = (char)c;
    }
}

static int attr_int(val_t e, const char *name) {
    val_t v = obj_getattr_opt(e, str_intern_c(name));
    return v && IS_SMALL(v) ? (int)SMALL(v) : 0;
}

/* A compile error as CPython's REPL prints it: file and line, the line stripped of its
 * indentation, carets under offset..end_offset, then "Kind: msg". */
static void print_syntax_error(val_t e) {
    val_t file = obj_getattr_opt(e, N_filename);
    val_t msg = obj_getattr_opt(e, str_intern_c("msg"));
    val_t text = obj_getattr_opt(e, str_intern_c("text"));
    int line = attr_int(e, "lineno"), offset = attr_int(e, "offset");
    int end_line = attr_int(e, "end_lineno"), end_offset = attr_int(e, "end_offset");
    vm_print(str_printf("  File \"%S\", line %d\n", file && IS_STR(file) ? file : str_from_c("<stdin>"), line));
    if (text && IS_STR(text)) {
        const char *t = CSTR(text);
        long len = (long)STR(text)->len, off = offset - 1, end = end_offset - 1;
        while (len > 0 && (*t == ' ' || *t == '\t' || *t == '\f')) { t++; len--; off--; end--; }
        if (len > 0 && t[len - 1] == '\n') len--;
        if (off > len) off = len;
        vm_write("    ", 4);
        vm_write(t, (size_t)len);
        vm_write("\n", 1);
        if (off >= 0) {
            long carets = end_line == line && end > off ? end - off : 1;
            if (off + carets > len) carets = len - off > 0 ? len - off : 1;
            vm_write("    ", 4);
            for (long i = 0; i < off; i++) vm_write(" ", 1);
            for (long i = 0; i < carets; i++) vm_write("^", 1);
            vm_write("\n", 1);
        }
    }
    vm_print(str_printf("%s: %S\n", type_of(e)->name, msg && IS_STR(msg) ? msg : empty_str));
}

/* Compiles and runs one statement. Returns 1 when the host wants more lines, 0 when done,
 * or 2 + exit code when the statement raised SystemExit. */
static int run_statement(val_t globals, size_t n, int mode) {
    static val_t filename;
    if (!filename) { filename = str_intern_c("<stdin>"); gc_add_root(&filename); }
    volatile bool compiling = true;
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        val_t code = exec_compile_bytes(source, n, filename, mode);
        if (!code) { nlr_pop(&nb); return 1; }
        compiling = false;
        run_code_with_dict(code, globals, globals);
        nlr_pop(&nb);
        return 0;
    }
    val_t e = nb.exc;
    vm_handled = NONE;
    if (!compiling && isinstance_of(e, &SystemExit_type)) return 2 + exc_exit_code(e);
    nlr_buf_t nb2;
    if (NLR_TRY(&nb2)) {
        if (compiling && isinstance_of(e, &SyntaxError_type)) print_syntax_error(e);
        else print_exception(e);
        nlr_pop(&nb2);
    } else vm_write("rivet: error while printing an exception\n", 41);
    return 0;
}

static void print_banner(void) {
    extern const char rivet_variant[];
    vm_print(str_printf("Rivet REPL on board %s (runtime %s, Python 3.11 subset); Ctrl-D exits\n",
                        vm_boot->board_name, rivet_variant));
}

/* The session: returns the board's exit code (0 at end of input). */
int repl_main(void) {
    static val_t main_module;
    val_t m = module_new(N___main__);
    module_t *mod = (module_t *)m;
    dict_set(mod->dict, str_intern_c("__builtins__"), vm_builtins);
    dict_set(mod->dict, str_intern_c("__package__"), NONE);
    dict_set(vm_modules, N___main__, m);
    main_module = m;
    gc_add_root(&main_module);
    hostcall1(HOSTCALL_INTERRUPT_FLAG, (uintptr_t)&vm_interrupt_pending);
    print_banner();
    size_t n = 0;
    bool more = false;
    for (;;) {
        vm_interrupt_pending = 0; /* a Ctrl-C that came after the statement ended */
        vm_write(more ? "... " : ">>> ", 4);
        int r = read_line(&n);
        if (r == READ_INTR) {
            vm_write("\nKeyboardInterrupt\n", 19);
            n = 0; more = false;
            continue;
        }
        if (r == READ_EOF) {
            vm_write("\n", 1);
            if (!more) return 0;
            if (source[n - 1] != '\n') source[n++] = '\n';
            int st = run_statement(mod->dict, n, MODE_SINGLE); /* what was typed, as it stands */
            if (st >= 2) return st - 2;
            n = 0; more = false;
            continue;
        }
        if (r == READ_PARTIAL_EOF) { more = true; continue; } /* CPython asks for more, then meets EOF */
        int st = run_statement(mod->dict, n, MODE_INTERACTIVE);
        if (st >= 2) return st - 2;
        if (st == 1) { source[n++] = '\n'; more = true; continue; }
        n = 0; more = false;
    }
}
