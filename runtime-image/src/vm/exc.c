/* exc.c — exceptions: the builtin hierarchy, exception objects (args, traceback, cause, context),
 * raising from C (raise/reraise/raise_again), and printing an uncaught exception exactly in
 * CPython 3.11's traceback format (without source lines: the board has no source). */
#include "vm.h"
#include "nlr.h"
#include "gc.h"

nlr_buf_t *nlr_top;
val_t memory_error_instance;
extern bool vm_exc_fresh, vm_reraising;

static val_t exc_repr(val_t v);
static val_t exc_str(val_t v);
static val_t exc_getattr(val_t v, val_t name);
static bool exc_setattr(val_t v, val_t name, val_t value);
static val_t exc_make(const type_t *t, int npos, int nkw, const val_t *args);
extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
extern const method_def_t exc_methods[];

#define EXC_TYPE(N, BASE) \
    type_t N##_type = { { &type_type }, #N, TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT, sizeof(exc_t), \
        .repr = exc_repr, .str = exc_str, .getattr = exc_getattr, \
        .setattr = exc_setattr, .make = exc_make, .base_type = BASE };
EXC_TYPE(BaseException, &object_type)
EXC_TYPE(SystemExit, &BaseException_type)
EXC_TYPE(KeyboardInterrupt, &BaseException_type)
EXC_TYPE(GeneratorExit, &BaseException_type)
EXC_TYPE(Exception, &BaseException_type)
EXC_TYPE(StopIteration, &Exception_type)
EXC_TYPE(StopAsyncIteration, &Exception_type)
EXC_TYPE(ArithmeticError, &Exception_type)
EXC_TYPE(FloatingPointError, &ArithmeticError_type)
EXC_TYPE(OverflowError, &ArithmeticError_type)
EXC_TYPE(ZeroDivisionError, &ArithmeticError_type)
EXC_TYPE(AssertionError, &Exception_type)
EXC_TYPE(AttributeError, &Exception_type)
EXC_TYPE(BufferError, &Exception_type)
EXC_TYPE(EOFError, &Exception_type)
EXC_TYPE(ImportError, &Exception_type)
EXC_TYPE(ModuleNotFoundError, &ImportError_type)
EXC_TYPE(LookupError, &Exception_type)
EXC_TYPE(IndexError, &LookupError_type)
EXC_TYPE(KeyError, &LookupError_type)
EXC_TYPE(MemoryError, &Exception_type)
EXC_TYPE(NameError, &Exception_type)
EXC_TYPE(UnboundLocalError, &NameError_type)
EXC_TYPE(OSError, &Exception_type)
EXC_TYPE(FileNotFoundError, &OSError_type)
EXC_TYPE(FileExistsError, &OSError_type)
EXC_TYPE(PermissionError, &OSError_type)
EXC_TYPE(IsADirectoryError, &OSError_type)
EXC_TYPE(NotADirectoryError, &OSError_type)
EXC_TYPE(TimeoutError, &OSError_type)
EXC_TYPE(ConnectionError, &OSError_type)
EXC_TYPE(ReferenceError, &Exception_type)
EXC_TYPE(RuntimeError, &Exception_type)
EXC_TYPE(NotImplementedError, &RuntimeError_type)
EXC_TYPE(RecursionError, &RuntimeError_type)
EXC_TYPE(SyntaxError, &Exception_type)
EXC_TYPE(IndentationError, &SyntaxError_type)
EXC_TYPE(TabError, &IndentationError_type)
EXC_TYPE(SystemError, &Exception_type)
EXC_TYPE(TypeError, &Exception_type)
EXC_TYPE(ValueError, &Exception_type)
EXC_TYPE(UnicodeError, &ValueError_type)
EXC_TYPE(UnicodeDecodeError, &UnicodeError_type)
EXC_TYPE(UnicodeEncodeError, &UnicodeError_type)
EXC_TYPE(Warning, &Exception_type)
EXC_TYPE(UserWarning, &Warning_type)
EXC_TYPE(DeprecationWarning, &Warning_type)
EXC_TYPE(RuntimeWarning, &Warning_type)

type_t *const builtin_exception_types[] = {
    &BaseException_type, &SystemExit_type, &KeyboardInterrupt_type, &GeneratorExit_type,
    &Exception_type, &StopIteration_type, &StopAsyncIteration_type, &ArithmeticError_type,
    &FloatingPointError_type, &OverflowError_type, &ZeroDivisionError_type, &AssertionError_type,
    &AttributeError_type, &BufferError_type, &EOFError_type, &ImportError_type,
    &ModuleNotFoundError_type, &LookupError_type, &IndexError_type, &KeyError_type,
    &MemoryError_type, &NameError_type, &UnboundLocalError_type, &OSError_type, &FileNotFoundError_type,
    &FileExistsError_type, &PermissionError_type, &IsADirectoryError_type, &NotADirectoryError_type,
    &TimeoutError_type, &ConnectionError_type,
    &ReferenceError_type, &RuntimeError_type, &NotImplementedError_type, &RecursionError_type,
    &SyntaxError_type, &IndentationError_type, &TabError_type, &SystemError_type, &TypeError_type, &ValueError_type, &UnicodeError_type,
    &UnicodeDecodeError_type, &UnicodeEncodeError_type, &Warning_type, &UserWarning_type,
    &DeprecationWarning_type, &RuntimeWarning_type, NULL,
};

val_t exc_new(const type_t *t, val_t args) {
    exc_t *e = new_obj(t, t->instance_size > sizeof(exc_t) ? t->instance_size : sizeof(exc_t));
    e->args = args ? args : empty_tuple;
    e->cause = NONE;
    e->context = MISSING;
    return V(e);
}
val_t exc_new_msg(const type_t *t, const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    val_t m = str_vprintf(fmt, ap);
    va_end(ap);
    return exc_new(t, tuple_new(1, &m));
}

static val_t exc_make(const type_t *t, int npos, int nkw, const val_t *args) {
    if (nkw) raise_type_error("%s() takes no keyword arguments", t->name);
    if (t == &OSError_type && npos >= 2 && IS_SMALL(args[0])) {
        switch (SMALL(args[0])) {
        case 2: t = &FileNotFoundError_type; break;
        case 17: t = &FileExistsError_type; break;
        case 13: case 1: t = &PermissionError_type; break;
        case 21: t = &IsADirectoryError_type; break;
        case 20: t = &NotADirectoryError_type; break;
        case 110: t = &TimeoutError_type; break;
        }
    }
    return exc_new(t, tuple_new((size_t)npos, args));
}

/* ---- raising from C ---- */
__attribute__((noreturn)) void raise_again(val_t e) {
    nlr_buf_t *top = nlr_top;
    if (!top) { vm_write("FATAL: uncaught exception outside the VM\n", 41); for (;;) {} }
    top->exc = e;
    nlr_top = top->prev;
    nlr_longjmp(top->regs);
}
__attribute__((noreturn)) void raise(val_t e) {
    vm_exc_fresh = true;
    vm_reraising = false;
    raise_again(e);
}
__attribute__((noreturn)) void reraise(val_t e) {
    vm_exc_fresh = false;
    vm_reraising = true;
    raise_again(e);
}
__attribute__((noreturn)) void raise_msg(type_t *t, const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    val_t m = str_vprintf(fmt, ap);
    va_end(ap);
    raise(exc_new(t, tuple_new(1, &m)));
}
__attribute__((noreturn)) void raise_type_error(const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    val_t m = str_vprintf(fmt, ap);
    va_end(ap);
    raise(exc_new(&TypeError_type, tuple_new(1, &m)));
}

bool exc_matches(val_t e, val_t t) {
    if (IS_TUPLE(t)) {
        for (size_t i = 0; i < TUPLE(t)->len; i++) if (exc_matches(e, TUPLE(t)->items[i])) return true;
        return false;
    }
    if (!is_type(t, &type_type) || !is_subtype(TYPE(t), &BaseException_type))
        raise_type_error("catching classes that do not inherit from BaseException is not allowed");
    return isinstance_of(e, TYPE(t));
}

val_t stop_iteration_value(val_t e) {
    exc_t *x = (exc_t *)e;
    return TUPLE(x->args)->len ? TUPLE(x->args)->items[0] : NONE;
}

/* ---- traceback entries: a list of (code, line) pairs, most recent last ---- */
void tb_add(val_t e, const code_info_t *ci, uint32_t line) {
    if (!isinstance_of(e, &BaseException_type)) return;
    exc_t *x = (exc_t *)e;
    if (!x->traceback) {
        list_t *l = gc_alloc_noraise(sizeof(list_t));
        if (!l) return;
        l->base.type = &list_type;
        x->traceback = V(l);
    }
    list_t *l = LIST(x->traceback);
    if (l->len + 2 > l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 8;
        val_t *items = gc_alloc_noraise(nc * sizeof(val_t));
        if (!items) return;
        memcpy_(items, l->items, l->len * sizeof(val_t));
        l->items = items;
        l->cap = nc;
    }
    l->items[l->len++] = V(CODE_OF_INFO(ci));
    l->items[l->len++] = MKSMALL(line);
}

/* ---- repr / str / attributes ---- */
/* str() of UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason) */
static val_t unicode_error_str(val_t v, tuple_t *a) {
    bool dec = isinstance_of(v, &UnicodeDecodeError_type);
    intptr_t st = int_index(a->items[2], "start"), en = int_index(a->items[3], "end");
    if (en - st != 1)
        return str_printf("'%S' codec can't %s %s in position %ld-%ld: %S", a->items[0], dec ? "decode" : "encode",
                          dec ? "bytes" : "characters", (long)st, (long)(en - 1), a->items[4]);
    val_t one = obj_getitem(a->items[1], MKSMALL(st));
    if (dec) return str_printf("'%S' codec can't decode byte 0x%x in position %ld: %S", a->items[0], (unsigned)SMALL(one), (long)st, a->items[4]);
    size_t adv; uint32_t c = vm_utf8_decode(CSTR(one), &adv);
    char esc[12]; int nd = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    esc[0] = '\\'; esc[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
    for (int k = 0; k < nd; k++) esc[2 + k] = "0123456789abcdef"[(c >> (4 * (nd - 1 - k))) & 15];
    esc[2 + nd] = 0;
    return str_printf("'%S' codec can't encode character '%s' in position %ld: %S", a->items[0], esc, (long)st, a->items[4]);
}
static val_t exc_base_str(val_t v);
static val_t exc_str(val_t v) {
    if (type_of(v)->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___str__, &self);
        if (m && is_type(m, &function_type)) return call1(m, v);
    }
    return exc_base_str(v);
}
/* BaseException.__str__ itself (a subclass's __str__ calling super().__str__() gets this) */
static val_t exc_base_str(val_t v) {
    exc_t *e = (exc_t *)v;
    tuple_t *a = TUPLE(e->args);
    if (isinstance_of(v, &SyntaxError_type)) { extern val_t syntax_error_str(val_t); return syntax_error_str(v); } /* exec.c */
    if (a->len == 0) return empty_str;
    if (isinstance_of(v, &OSError_type) && (a->len == 2 || a->len == 3))
        return str_printf("[Errno %S] %S", a->items[0], a->items[1]);
    if (a->len == 5 && (isinstance_of(v, &UnicodeDecodeError_type) || isinstance_of(v, &UnicodeEncodeError_type))
        && IS_STR(a->items[0]) && IS_SMALL(a->items[2]) && IS_SMALL(a->items[3]) && IS_STR(a->items[4]))
        return unicode_error_str(v, a);
    if (a->len == 1) {
        if (isinstance_of(v, &KeyError_type)) return obj_repr(a->items[0]);
        return obj_str(a->items[0]);
    }
    return obj_repr(e->args);
}
static val_t exc_repr(val_t v) {
    exc_t *e = (exc_t *)v;
    tuple_t *a = TUPLE(e->args);
    const char *n = type_of(v)->name;
    if (a->len == 1) return str_printf("%s(%R)", n, a->items[0]);
    if (a->len == 0) return str_printf("%s()", n);
    return str_printf("%s%R", n, e->args);
}
extern val_t generic_getattr(val_t obj, val_t name);
extern bool generic_setattr(val_t obj, val_t name, val_t value);
static val_t exc_getattr(val_t v, val_t name) {
    exc_t *e = (exc_t *)v;
    if (name == N_args) return e->args;
    if (name == N___cause__) return e->cause ? e->cause : NONE;
    if (name == N___context__) return e->context ? e->context : NONE;
    if (name == N___suppress_context__) return BOOL(e->suppress_context);
    if (name == N___traceback__) return e->traceback ? e->traceback : NONE;
    val_t r = generic_getattr(v, name);
    if (r) return r;
    if (name == N_value && isinstance_of(v, &StopIteration_type)) return stop_iteration_value(v);
    if (name == N_code && isinstance_of(v, &SystemExit_type)) return stop_iteration_value(v);
    if (isinstance_of(v, &UnicodeError_type)) {
        /* UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason): the
         * fields are the args; compared by text so start-up interns no extra names */
        static const char *const fields[] = { "encoding", "object", "start", "end", "reason" };
        tuple_t *a = TUPLE(((exc_t *)v)->args);
        for (size_t i = 0; a->len == 5 && i < 5; i++)
            if (cstrcmp(CSTR(name), fields[i]) == 0) return a->items[i];
    }
    if (isinstance_of(v, &OSError_type)) {
        tuple_t *a = TUPLE(((exc_t *)v)->args);
        bool two = a->len >= 2 && a->len <= 3;
        if (name == N_errno) return two ? a->items[0] : NONE;
        if (name == N_strerror) return two ? a->items[1] : NONE;
        if (name == N_filename) return a->len == 3 ? a->items[2] : NONE;
    }
    return MISSING;
}
static bool exc_setattr(val_t v, val_t name, val_t value) {
    exc_t *e = (exc_t *)v;
    if (name == N_args) { e->args = list_from_iter(value); e->args = tuple_new(LIST(e->args)->len, LIST(e->args)->items); return true; }
    if (name == N___cause__) { e->cause = value; e->suppress_context = true; return true; }
    if (name == N___context__) { e->context = value; return true; }
    if (name == N___suppress_context__) { e->suppress_context = obj_truth(value); return true; }
    if (name == N___traceback__) { e->traceback = value == NONE ? MISSING : value; return true; }
    return generic_setattr(v, name, value);
}

static val_t exc_init(int n, val_t *args) {
    exc_t *e = (exc_t *)args[0];
    e->args = tuple_new((size_t)n - 1, args + 1);
    return NONE;
}
static val_t exc_with_traceback(val_t self, val_t tb) { ((exc_t *)self)->traceback = tb == NONE ? MISSING : tb; return self; }
static val_t exc_str_m(val_t self) { return exc_base_str(self); }
static val_t exc_repr_m(val_t self) { return exc_repr(self); }
const method_def_t exc_methods[] = {
    NATIVE("__init__", exc_init, MK_VAR, 1, -1),
    NATIVE("with_traceback", exc_with_traceback, MK_FIXED, 2, 2),
    NATIVE("__str__", exc_str_m, MK_FIXED, 1, 1),
    NATIVE("__repr__", exc_repr_m, MK_FIXED, 1, 1),
    NATIVE_END,
};

/* ---- printing an uncaught exception ---- */
static void print_one(val_t e) {
    exc_t *x = (exc_t *)e;
    if (x->traceback && LIST(x->traceback)->len) {
        vm_write("Traceback (most recent call last):\n", 35);
        list_t *tb = LIST(x->traceback);
        /* stored most recent last, but each frame appended as the exception unwound: the raising
         * frame first. Print outermost first = reverse order. */
        for (size_t i = tb->len; i >= 2; i -= 2) {
            code_t *c = (code_t *)tb->items[i - 2];
            vm_print(str_printf("  File \"%S\", line %d, in %S\n", c->info.filename, (int)SMALL(tb->items[i - 1]), c->info.name));
        }
    }
    const type_t *t = type_of(e);
    val_t name;
    if (t->flags & TF_USER) {
        val_t mod = dict_get_str(t->dict, N___module__);
        if (mod && IS_STR(mod) && !str_eq(mod, N___main__) && cstrcmp(CSTR(mod), "builtins") != 0)
            name = str_printf("%S.%S", mod, t->qualname ? t->qualname : str_from_c(t->name));
        else name = t->qualname ? t->qualname : str_from_c(t->name);
    } else name = str_from_c(t->name);
    val_t s = MISSING;
    nlr_buf_t nb;
    extern val_t syntax_error_print_location(val_t); /* exec.c: SyntaxError's File line, then msg only */
    if (NLR_TRY(&nb)) { s = syntax_error_print_location(e); if (!s) s = obj_str(e); nlr_pop(&nb); }
    else s = str_from_c("<exception str() failed>");
    if (STR(s)->len) vm_print(str_printf("%S: %S\n", name, s));
    else vm_print(str_printf("%S\n", name));
}

static void print_chain(val_t e, int depth) {
    exc_t *x = (exc_t *)e;
    if (depth < 32) {
        if (x->cause && x->cause != NONE) {
            print_chain(x->cause, depth + 1);
            vm_print(str_from_c("\nThe above exception was the direct cause of the following exception:\n\n"));
        } else if (x->context && x->context != NONE && !x->suppress_context) {
            print_chain(x->context, depth + 1);
            vm_print(str_from_c("\nDuring handling of the above exception, another exception occurred:\n\n"));
        }
    }
    print_one(e);
}

void print_exception(val_t e) {
    if (!isinstance_of(e, &BaseException_type)) { vm_print(obj_repr(e)); return; }
    print_chain(e, 0);
}

void exc_init_module(void) {
    BaseException_type.methods = exc_methods; /* subclasses find them through base_type */
    static const char msg[] = "";
    (void)msg;
    memory_error_instance = exc_new(&MemoryError_type, empty_tuple);
    gc_add_root(&memory_error_instance);
}

/* The board's exit code for an uncaught SystemExit, as CPython's: no argument or None is 0, an int
 * is itself, anything else is printed and gives 1. */
int exc_exit_code(val_t e) {
    val_t code = TUPLE(((exc_t *)e)->args)->len ? TUPLE(((exc_t *)e)->args)->items[0] : NONE;
    if (code == NONE) return 0;
    if (IS_INT(code)) { int64_t c; int_to_i64(code, &c); return (int)c; }
    vm_print(obj_str(code));
    vm_write("\n", 1);
    return 1;
}
