/* func.c — callables: Python functions (argument binding and the call that puts a frame on the C
 * stack), native functions, bound methods, cells, staticmethod/classmethod/property wrappers. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"

/* ---- Python functions ---- */
static val_t func_repr(val_t v) {
    return str_printf("<function %S at 0x%lx>", ((function_t *)v)->qualname, (long)v);
}
extern val_t generic_getattr(val_t obj, val_t name);
extern bool generic_setattr(val_t obj, val_t name, val_t value);
static val_t func_getattr(val_t v, val_t name) {
    function_t *f = (function_t *)v;
    if (name == N___name__) return f->name;
    if (name == N___qualname__) return f->qualname;
    if (name == N___module__) return f->module ? f->module : NONE;
    if (name == N___doc__) return f->doc ? f->doc : NONE;
    if (name == N___dict__) { if (!f->dict) f->dict = dict_new(); return f->dict; }
    if (f->dict) { val_t r = dict_get_str(f->dict, name); if (r) return r; }
    return generic_getattr(v, name);
}
static bool func_setattr(val_t v, val_t name, val_t value) {
    function_t *f = (function_t *)v;
    if (name == N___name__) { f->name = value; return true; }
    if (name == N___qualname__) { f->qualname = value; return true; }
    if (name == N___doc__) { f->doc = value; return true; }
    if (!f->dict) f->dict = dict_new();
    if (value) dict_set(f->dict, name, value); else dict_del(f->dict, name);
    return true;
}
static intptr_t id_hash(val_t v) { return (intptr_t)(v >> 4); }
type_t function_type = { { &type_type }, "function", 0, sizeof(function_t), .repr = func_repr,
    .hash = id_hash, .call = func_call, .getattr = func_getattr, .setattr = func_setattr };

val_t function_new(val_t code, val_t globals) {
    function_t *f = new_obj(&function_type, sizeof(function_t));
    code_t *c = (code_t *)code;
    f->code = code;
    f->globals = globals;
    f->name = c->info.name;
    f->qualname = c->info.qualname;
    f->module = dict_get_str(globals, N___name__);
    f->doc = (c->info.flags & CO_HAS_DOC) ? c->info.consts[0] : NONE;
    return V(f);
}

static void missing_args(function_t *fn, const code_info_t *ci, val_t *slots, int from, int to, const char *kind) {
    int n = 0;
    for (int j = from; j < to; j++) if (!slots[j]) n++;
    sbuf_t b; sb_init(&b, 64);
    int k = 0;
    for (int j = from; j < to; j++) {
        if (slots[j]) continue;
        if (k > 0) sb_adds(&b, n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        sb_addc(&b, '\''); sb_addv(&b, ci->localnames[j]); sb_addc(&b, '\'');
        k++;
    }
    val_t names = sb_finish(&b);
    raise_type_error("%S() missing %d required %s argument%s: %S", fn->qualname, n, kind, n == 1 ? "" : "s", names);
}

static void bind_args(function_t *fn, const code_info_t *ci, val_t *slots, int npos, int nkw, const val_t *args) {
    int argc = ci->argcount, kwonly = ci->kwonlyargcount;
    int va = argc + kwonly, vk = va + ((ci->flags & CO_VARARGS) ? 1 : 0);
    int n = npos < argc ? npos : argc;
    for (int i = 0; i < n; i++) slots[i] = args[i];
    if (npos > argc) {
        if (ci->flags & CO_VARARGS) slots[va] = tuple_new((size_t)(npos - argc), args + argc);
        else {
            int ndef = fn->defaults ? (int)TUPLE(fn->defaults)->len : 0;
            int given_kw = 0;
            if (ndef)
                raise_type_error("%S() takes from %d to %d positional arguments but %d %s given", fn->qualname, argc - ndef, argc, npos, npos == 1 ? "was" : "were");
            (void)given_kw;
            raise_type_error("%S() takes %d positional argument%s but %d %s given", fn->qualname, argc, argc == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
        }
    } else if (ci->flags & CO_VARARGS) slots[va] = empty_tuple;
    if (ci->flags & CO_VARKEYWORDS) slots[vk] = dict_new();
    if (nkw) {
        tuple_t *names = TUPLE(args[npos + nkw]);
        for (int i = 0; i < nkw; i++) {
            val_t k = names->items[i];
            int j;
            for (j = ci->posonlyargcount; j < argc + kwonly; j++) if (ci->localnames[j] == k || str_eq(ci->localnames[j], k)) break;
            if (j < argc + kwonly) {
                if (slots[j]) raise_type_error("%S() got multiple values for argument '%S'", fn->qualname, k);
                slots[j] = args[npos + i];
            } else if (ci->flags & CO_VARKEYWORDS) dict_set(slots[vk], k, args[npos + i]);
            else {
                for (int p = 0; p < ci->posonlyargcount; p++)
                    if (str_eq(ci->localnames[p], k))
                        raise_type_error("%S() got some positional-only arguments passed as keyword arguments: '%S'", fn->qualname, k);
                raise_type_error("%S() got an unexpected keyword argument '%S'", fn->qualname, k);
            }
        }
    }
    if (npos < argc) {
        int ndef = fn->defaults ? (int)TUPLE(fn->defaults)->len : 0;
        for (int j = npos; j < argc; j++)
            if (!slots[j] && j >= argc - ndef) slots[j] = TUPLE(fn->defaults)->items[j - (argc - ndef)];
        for (int j = npos; j < argc; j++) if (!slots[j]) missing_args(fn, ci, slots, npos, argc, "positional");
    }
    for (int j = argc; j < argc + kwonly; j++) {
        if (slots[j]) continue;
        if (fn->kwdefaults) slots[j] = dict_get(fn->kwdefaults, ci->localnames[j]);
    }
    for (int j = argc; j < argc + kwonly; j++) if (!slots[j]) missing_args(fn, ci, slots, argc, argc + kwonly, "keyword-only");
}

static void setup_cells(function_t *fn, const code_info_t *ci, val_t *slots) {
    val_t *cells = slots + ci->nlocals;
    for (int i = 0; i < ci->ncells; i++) cells[i] = cell_new(MISSING);
    if (ci->nfrees && fn->closure)
        for (int i = 0; i < ci->nfrees; i++) cells[ci->ncells + i] = TUPLE(fn->closure)->items[i];
}

val_t gen_new(val_t fn, frame_t *f);

/* The common call: a plain function (no generator, no star or keyword-only parameters, no cells)
 * called with exactly its positional parameters. Kept short and free of the binding code so
 * it stays a handful of translation blocks on the board. */
#define PLAIN_CALL_EXCLUDES (CO_GENERATOR | CO_VARARGS | CO_VARKEYWORDS)
static inline bool plain_call(const code_info_t *ci, int npos, int nkw) {
    return nkw == 0 && npos == ci->argcount && !(ci->flags & PLAIN_CALL_EXCLUDES) &&
           (ci->kwonlyargcount | ci->ncells | ci->nfrees) == 0;
}

/* What both call paths store first: the code, the function (the #2963 fix, docs/gc-race.md), the
 * first instruction, the globals, and no locals dict. */
static inline void frame_start(frame_t *f, const code_info_t *ci, val_t fnv) {
    f->ci = ci;
#if RIVET_FRAME_HOLDS_FUNCTION
    f->func = fnv;
#else
    (void)fnv;
#endif
    f->ip = ci->bytecode;
    f->globals = ((function_t *)fnv)->globals;
    f->locals = MISSING;
}

static __attribute__((noinline)) val_t func_call_general(val_t fnv, int npos, int nkw, const val_t *args) {
    function_t *fn = (function_t *)fnv;
    const code_info_t *ci = &((code_t *)fn->code)->info;
    vm_check_stack();
    size_t nslots = (size_t)ci->nlocals + ci->ncells + ci->nfrees + ci->stacksize;
    size_t fsize = sizeof(frame_t) + nslots * sizeof(val_t);
    frame_t *f;
    bool gen = (ci->flags & CO_GENERATOR) != 0;
    if (gen) f = gc_alloc(fsize + VM_FRAME_OVERREAD * sizeof(val_t));
    else { f = __builtin_alloca(fsize); memset_(f, 0, fsize); }
    bind_args(fn, ci, f->slots, npos, nkw, args);
    if (ci->ncells || ci->nfrees) setup_cells(fn, ci, f->slots);
    frame_start(f, ci, fnv);
    f->sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1;
    if (gen) return gen_new(fnv, f);
    return ci->nexc ? vm_execute(f, MISSING, NULL) : vm_run_frame(f);
}

val_t func_call(val_t fnv, int npos, int nkw, const val_t *args) {
    function_t *fn = (function_t *)fnv;
    const code_info_t *ci = &((code_t *)fn->code)->info;
    if (!plain_call(ci, npos, nkw)) return func_call_general(fnv, npos, nkw, args);
    VM_CHECK_STACK();
    /* The frame goes on the C stack: no heap allocation. Every slot is written (arguments, then
     * MISSING for the other variables and the value stack, so the conservative collector never
     * sees stale words there, which would change what the #2963 reproductions keep alive). */
    size_t nslots = (size_t)ci->nlocals + ci->stacksize;
    frame_t *f = __builtin_alloca(sizeof(frame_t) + nslots * sizeof(val_t));
    frame_start(f, ci, fnv);     /* f->back: set by vm_run_frame / vm_execute */
    f->handled = MISSING;
    f->gen_depth = 0;
    val_t *v = f->slots;
    size_t i = 0;
    for (; i < (size_t)npos; i++) v[i] = args[i];
    for (; i < nslots; i++) v[i] = MISSING;
    f->sp = v + ci->nlocals - 1;
    return ci->nexc ? vm_execute(f, MISSING, NULL) : vm_run_frame(f);
}

/* A plain function called many times from C with one argument (list.sort's key): the caller
 * makes room for one frame (func_frame1_size bytes, 0 when fn is not a plain function of one
 * parameter: call1 then) and every call rebuilds it in place, which is func_call's work without
 * the type dispatch of call(), the plain_call test and an alloca per call. The caller's stack
 * depth is the same for every call: the recursion check is func_frame1_size's. */
size_t func_frame1_size(val_t fnv) {
    if (!is_type(fnv, &function_type)) return 0;
    const code_info_t *ci = &((code_t *)((function_t *)fnv)->code)->info;
    if (!plain_call(ci, 1, 0)) return 0;
    VM_CHECK_STACK();
    return sizeof(frame_t) + ((size_t)ci->nlocals + ci->stacksize) * sizeof(val_t);
}
val_t func_call1_in(frame_t *f, val_t fnv, val_t x) {
    const code_info_t *ci = &((code_t *)((function_t *)fnv)->code)->info;
    size_t nslots = (size_t)ci->nlocals + ci->stacksize;
    frame_start(f, ci, fnv);
    f->handled = MISSING;
    f->gen_depth = 0;
    val_t *v = f->slots;
    v[0] = x;
    for (size_t i = 1; i < nslots; i++) v[i] = MISSING;   /* as func_call: no stale words */
    f->sp = v + ci->nlocals - 1;
    return ci->nexc ? vm_execute(f, MISSING, NULL) : vm_run_frame(f);
}

/* module and class bodies: run a code object with a locals dict */
val_t run_code_with_dict(val_t codev, val_t globals, val_t locals) {
    const code_info_t *ci = &((code_t *)codev)->info;
    vm_check_stack();
    size_t nslots = (size_t)ci->nlocals + ci->ncells + ci->nfrees + ci->stacksize;
    size_t fsize = sizeof(frame_t) + nslots * sizeof(val_t);
    frame_t *f = __builtin_alloca(fsize);
    memset_(f, 0, fsize);
    for (int i = 0; i < ci->ncells; i++) f->slots[ci->nlocals + i] = cell_new(MISSING);
    f->ci = ci;
#if RIVET_FRAME_HOLDS_FUNCTION
    f->func = codev;
#endif
    f->ip = ci->bytecode;
    f->globals = globals;
    f->locals = locals;
    f->sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1;
    return vm_execute(f, MISSING, NULL);
}

/* class bodies with a closure (function with free vars) */
val_t run_function_with_locals(val_t fnv, val_t locals) {
    function_t *fn = (function_t *)fnv;
    const code_info_t *ci = &((code_t *)fn->code)->info;
    vm_check_stack();
    size_t nslots = (size_t)ci->nlocals + ci->ncells + ci->nfrees + ci->stacksize;
    size_t fsize = sizeof(frame_t) + nslots * sizeof(val_t);
    frame_t *f = __builtin_alloca(fsize);
    memset_(f, 0, fsize);
    setup_cells(fn, ci, f->slots);
    f->ci = ci;
#if RIVET_FRAME_HOLDS_FUNCTION
    f->func = fnv;
#endif
    f->ip = ci->bytecode;
    f->globals = fn->globals;
    f->locals = locals;
    f->sp = f->slots + ci->nlocals + ci->ncells + ci->nfrees - 1;
    return vm_execute(f, MISSING, NULL);
}

/* ---- native functions ---- */
val_t native_call(val_t fnv, int npos, int nkw, const val_t *args) {
    native_t *n = (native_t *)fnv;
    if (n->kind == MK_FIXED && nkw == 0 && npos == n->max) {
        /* every parameter given (len(x), xs.append(v)): straight to the C function */
        switch (npos) {
        case 0: return ((val_t (*)(void))n->fn)();
        case 1: return ((val_t (*)(val_t))n->fn)(args[0]);
        case 2: return ((val_t (*)(val_t, val_t))n->fn)(args[0], args[1]);
        case 3: return ((val_t (*)(val_t, val_t, val_t))n->fn)(args[0], args[1], args[2]);
        case 4: return ((val_t (*)(val_t, val_t, val_t, val_t))n->fn)(args[0], args[1], args[2], args[3]);
        }
    }
    if (n->kind == MK_KW || n->kind == MK_CLASS_KW) return ((val_t (*)(int, int, const val_t *))n->fn)(npos, nkw, args);
    if (nkw || npos < n->min || (n->max >= 0 && npos > n->max)) args_check(n->name, npos, nkw, n->min, n->max); /* raises */
    if (n->kind != MK_FIXED) return ((val_t (*)(int, const val_t *))n->fn)(npos, args);
    val_t a[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < npos && i < 4; i++) a[i] = args[i];
    switch (n->max) {
    case 0: return ((val_t (*)(void))n->fn)();
    case 1: return ((val_t (*)(val_t))n->fn)(a[0]);
    case 2: return ((val_t (*)(val_t, val_t))n->fn)(a[0], a[1]);
    case 3: return ((val_t (*)(val_t, val_t, val_t))n->fn)(a[0], a[1], a[2]);
    default: return ((val_t (*)(val_t, val_t, val_t, val_t))n->fn)(a[0], a[1], a[2], a[3]);
    }
}
static val_t native_repr(val_t v) { return str_printf("<built-in function %s>", ((native_t *)v)->name); }
static val_t native_getattr(val_t v, val_t name) {
    if (name == N___name__) return str_from_c(((native_t *)v)->name);
    if (name == N___qualname__) return str_from_c(((native_t *)v)->name);
    return MISSING;
}
type_t native_type = { { &type_type }, "builtin_function_or_method", 0, sizeof(native_t),
    .repr = native_repr, .hash = id_hash, .call = native_call, .getattr = native_getattr };

val_t native_new(const char *name, val_t (*fn)(), int kind, int min, int max) {
    native_t *n = new_obj(&native_type, sizeof(native_t));
    n->name = name; n->fn = fn; n->kind = (uint8_t)kind; n->min = (int8_t)min; n->max = (int8_t)max;
    return V(n);
}

/* ---- bound methods ---- */
static val_t bound_call(val_t v, int npos, int nkw, const val_t *args) {
    boundmeth_t *m = (boundmeth_t *)v;
    int n = npos + nkw + (nkw ? 1 : 0);
    val_t *a = __builtin_alloca((size_t)(n + 1) * sizeof(val_t));
    a[0] = m->self;
    for (int i = 0; i < n; i++) a[i + 1] = args[i];
    if (is_type(m->fn, &function_type)) return func_call(m->fn, npos + 1, nkw, a);
    return call(m->fn, npos + 1, nkw, a);
}
static val_t bound_repr(val_t v) {
    boundmeth_t *m = (boundmeth_t *)v;
    if (is_type(m->fn, &native_type))
        return str_printf("<built-in method %s of %s object at 0x%lx>", ((native_t *)m->fn)->name, type_name(m->self), (long)m->self);
    val_t qn = obj_getattr_opt(m->fn, N___qualname__);
    return str_printf("<bound method %S of %R>", qn ? qn : str_from_c("?"), m->self);
}
static val_t bound_compare(int op, val_t a, val_t b) {
    if (op != CMP_EQ && op != CMP_NE) return MISSING;
    if (!is_type(b, &boundmeth_type) && !is_type(b, &builtin_boundmeth_type)) return op == CMP_NE ? TRUE_V : FALSE_V;
    boundmeth_t *x = (boundmeth_t *)a, *y = (boundmeth_t *)b;
    bool eq = x->self == y->self && x->fn == y->fn;
    return BOOL(op == CMP_EQ ? eq : !eq);
}
/* equal bound methods (same object, same function) hash alike: each access makes a new one */
static intptr_t bound_hash(val_t v) {
    boundmeth_t *m = (boundmeth_t *)v;
    return id_hash(m->self) ^ id_hash(m->fn);
}
static val_t bound_getattr(val_t v, val_t name) {
    boundmeth_t *m = (boundmeth_t *)v;
    if (cstrcmp(CSTR(name), "__self__") == 0) return m->self;
    if (is_type(m->fn, &native_type)) {   /* a builtin's method: no __func__; qualname type.name */
        if (name == N___qualname__) {
            const type_t *t = is_type(m->self, &type_type) ? TYPE(m->self) : type_of(m->self);
            return str_printf("%s.%s", t->name, ((native_t *)m->fn)->name);
        }
        return obj_getattr_opt(m->fn, name);
    }
    if (cstrcmp(CSTR(name), "__func__") == 0) return m->fn;
    return obj_getattr_opt(m->fn, name);
}
type_t boundmeth_type = { { &type_type }, "method", 0, sizeof(boundmeth_t), .repr = bound_repr,
    .hash = bound_hash, .compare = bound_compare, .call = bound_call, .getattr = bound_getattr };
/* A method of a builtin bound to its object ([].append, gen.send): CPython's type for it is
 * builtin_function_or_method, like a builtin function's; the layout is a bound method's. */
type_t builtin_boundmeth_type = { { &type_type }, "builtin_function_or_method", 0, sizeof(boundmeth_t), .repr = bound_repr,
    .hash = bound_hash, .compare = bound_compare, .call = bound_call, .getattr = bound_getattr };
val_t bound_new(val_t self, val_t fn) {
    boundmeth_t *m = new_obj(is_type(fn, &native_type) ? &builtin_boundmeth_type : &boundmeth_type, sizeof(boundmeth_t));
    m->self = self; m->fn = fn;
    return V(m);
}

/* ---- cells ---- */
type_t cell_type = { .base = { &type_type }, .name = "cell", .instance_size = sizeof(cell_t) };
val_t cell_new(val_t v) {
    cell_t *c = new_obj(&cell_type, sizeof(cell_t));
    c->value = v;
    return V(c);
}

/* ---- staticmethod, classmethod, property ---- */
static val_t wrapper_make(const type_t *t, int npos, int nkw, const val_t *args) {
    args_check(t->name, npos, nkw, 1, 1);
    wrapper_t *w = new_obj(t, sizeof(wrapper_t));
    w->fn = args[0];
    return V(w);
}
static val_t wrapper_getattr(val_t v, val_t name) {
    if (cstrcmp(CSTR(name), "__func__") == 0) return ((wrapper_t *)v)->fn;
    return obj_getattr_opt(((wrapper_t *)v)->fn, name);
}
extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
type_t staticmethod_type = { { &type_type }, "staticmethod", TF_BASETYPE, sizeof(wrapper_t),
    .make = wrapper_make, .getattr = wrapper_getattr, .base_type = &object_type };
type_t classmethod_type = { { &type_type }, "classmethod", TF_BASETYPE, sizeof(wrapper_t),
    .make = wrapper_make, .getattr = wrapper_getattr, .base_type = &object_type };

static val_t property_make(const type_t *t, int npos, int nkw, const val_t *args) {
    property_t *p = new_obj(t, sizeof(property_t));
    p->fget = npos > 0 ? args[0] : kwarg(npos, nkw, args, "fget", NONE);
    p->fset = npos > 1 ? args[1] : kwarg(npos, nkw, args, "fset", NONE);
    p->fdel = npos > 2 ? args[2] : kwarg(npos, nkw, args, "fdel", NONE);
    p->doc = npos > 3 ? args[3] : kwarg(npos, nkw, args, "doc", NONE);
    return V(p);
}
static val_t property_copy(val_t self, int which, val_t fn) {
    property_t *o = (property_t *)self;
    property_t *p = new_obj(type_of(self), sizeof(property_t));
    *p = *o;
    if (which == 0) p->fget = fn; else if (which == 1) p->fset = fn; else p->fdel = fn;
    return V(p);
}
static val_t prop_getter(val_t self, val_t fn) { return property_copy(self, 0, fn); }
static val_t prop_setter(val_t self, val_t fn) { return property_copy(self, 1, fn); }
static val_t prop_deleter(val_t self, val_t fn) { return property_copy(self, 2, fn); }
static const method_def_t property_methods[] = {
    NATIVE("getter", prop_getter, MK_FIXED, 2, 2),
    NATIVE("setter", prop_setter, MK_FIXED, 2, 2),
    NATIVE("deleter", prop_deleter, MK_FIXED, 2, 2),
    NATIVE_END,
};
static val_t property_getattr(val_t v, val_t name) {
    property_t *p = (property_t *)v;
    if (name == N_fget) return p->fget;
    if (name == N_fset) return p->fset;
    if (name == N_fdel) return p->fdel;
    if (name == N___doc__) return p->doc != NONE ? p->doc : (p->fget != NONE ? obj_getattr_opt(p->fget, N___doc__) : NONE);
    return generic_getattr(v, name);
}
type_t property_type = { { &type_type }, "property", TF_BASETYPE, sizeof(property_t),
    .make = property_make, .methods = property_methods, .getattr = property_getattr, .base_type = &object_type };
