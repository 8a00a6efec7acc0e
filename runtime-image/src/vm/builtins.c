/* builtins.c — the builtins module: print, len, repr, isinstance, sorted, min/max, ... and the
 * table that binds them (with the builtin types and exceptions) into the builtins dict. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "rom.h"

extern type_t enumerate_type, zip_type, map_type, filter_type, reversed_type;
extern type_t *const builtin_exception_types[];
val_t calliter_new(val_t fn, val_t sentinel);
val_t format_value(val_t v, val_t spec);
val_t builtin_ascii(val_t v);
val_t number_powmod(val_t a, val_t b, val_t m);
val_t int_from_value(val_t v);
__attribute__((noreturn)) void raise_again(val_t e);
extern val_t sys_stdout;
#include "../lib/num/fltfmt.h"

static val_t bi_print(int npos, int nkw, const val_t *args) {
    val_t sep = kwarg(npos, nkw, args, "sep", NONE);
    val_t end = kwarg(npos, nkw, args, "end", NONE);
    val_t file = kwarg(npos, nkw, args, "file", NONE);
    if (sep != NONE && !IS_STR(sep)) raise_type_error("sep must be None or a string, not %s", type_name(sep));
    if (end != NONE && !IS_STR(end)) raise_type_error("end must be None or a string, not %s", type_name(end));
    bool direct = file == NONE || file == sys_stdout;
    sbuf_t b; sb_init(&b, 64);
    for (int i = 0; i < npos; i++) {
        if (i) { if (sep == NONE) sb_addc(&b, ' '); else sb_addv(&b, sep); }
        sb_add_str(&b, args[i]);
    }
    if (end == NONE) sb_addc(&b, '\n'); else sb_addv(&b, end);
    if (direct) { vm_write(b.buf, b.len); gc_free(b.head); }
    else { val_t s = sb_finish(&b); call_method(file, N_write, 1, &s); }
    return NONE;
}
static val_t bi_repr(val_t v) { return obj_repr(v); }
static val_t bi_ascii(val_t v) { return builtin_ascii(v); }
static val_t bi_len(val_t v) {
    if (!IS_SMALL(v)) {   /* the common exact types without the slot call */
        const type_t *t = OBJ(v)->type;
        if (t == &list_type) return MKSMALL((intptr_t)LIST(v)->len);
        if (t == &str_type) return MKSMALL((intptr_t)STR(v)->nchars);
        if (t == &tuple_type) return MKSMALL((intptr_t)TUPLE(v)->len);
    }
    return int_from_i64(obj_len(v));   /* up to sys.maxsize: beyond a small int for big ranges */
}
static val_t bi_abs(val_t v) {
    if (IS_SMALL(v)) { intptr_t x = SMALL(v); return x < 0 ? int_from_i64(-(int64_t)x) : v; }
    if (IS_FLOAT(v)) { double d = ((float_t *)v)->value; return float_new(d < 0 || (d == 0 && 1 / d < 0) ? -d : d); }
    if (IS_INT(v)) return int_sign(v) < 0 ? obj_unary(UN_NEG, v) : (is_type(v, &bool_type) ? MKSMALL(((bool_t *)v)->value) : v);
    val_t self, m = lookup_method(v, N___abs__, &self);
    if (m) return self ? call1(m, self) : call0(m);
    /* a subclass of int or float without __abs__: its value's, as a plain number */
    if (isinstance_of(v, &float_type)) return bi_abs(float_new(float_of(v)));
    if (isinstance_of(v, &int_type)) return bi_abs(int_binary(OP_ADD, v, MKSMALL(0)));
    raise_type_error("bad operand type for abs(): '%s'", type_name(v));
}
static val_t bi_all(val_t it) { val_t i = obj_iter(it), x; while ((x = obj_next(i))) if (!obj_truth(x)) return FALSE_V; return TRUE_V; }
static val_t bi_any(val_t it) { val_t i = obj_iter(it), x; while ((x = obj_next(i))) if (obj_truth(x)) return TRUE_V; return FALSE_V; }
static val_t to_index_int(val_t v) {
    if (IS_INT(v)) return is_type(v, &bool_type) ? MKSMALL(((bool_t *)v)->value) : v;
    if (type_of(v)->flags & TF_USER) { val_t self, m = lookup_method(v, N___index__, &self); if (m) return self ? call1(m, self) : call0(m); }
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
}
static val_t bi_bin(val_t v) { return int_to_str_base(to_index_int(v), 2, true); }
static val_t bi_oct(val_t v) { return int_to_str_base(to_index_int(v), 8, true); }
static val_t bi_hex(val_t v) { return int_to_str_base(to_index_int(v), 16, true); }
static val_t bi_chr(val_t v) {
    if (!IS_INT(v)) raise_type_error("'%s' object cannot be interpreted as an integer", type_name(v));
    int64_t c;
    if (!int_to_i64(v, &c)) raise_msg(&OverflowError_type, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) raise_msg(&ValueError_type, "chr() arg not in range(0x110000)");
    return char_str((uint32_t)c);
}
static val_t bi_ord(val_t v) {
    if (IS_STR(v)) {
        uint64_t len_chars;   /* len and nchars as one word: 1 and 1 is an ASCII character */
        memcpy_(&len_chars, &STR(v)->len, 8);
        if (len_chars == ((uint64_t)1 << 32 | 1)) return MKSMALL((uint8_t)CSTR(v)[0]);   /* no decoder call */
        if (STR(v)->nchars != 1) raise_type_error("ord() expected a character, but string of length %d found", (int)STR(v)->nchars);
        size_t adv; return MKSMALL(vm_utf8_decode(CSTR(v), &adv));
    }
    if (isinstance_of(v, &str_type)) {   /* a str subclass's instance: its text */
        if (STR(v)->nchars != 1) raise_type_error("ord() expected a character, but string of length %d found", (int)STR(v)->nchars);
        size_t adv; return MKSMALL(vm_utf8_decode(CSTR(v), &adv));
    }
    if (is_type(v, &bytes_type)) {
        if (((bytes_t *)v)->len != 1) raise_type_error("ord() expected a character, but string of length %d found", (int)((bytes_t *)v)->len);
        return MKSMALL(((bytes_t *)v)->data[0]);
    }
    raise_type_error("ord() expected string of length 1, but %s found", type_name(v));
}
static val_t bi_divmod(val_t a, val_t b) {
    if ((type_of(a)->flags & TF_USER) || (type_of(b)->flags & TF_USER)) {
        val_t self, m = (type_of(a)->flags & TF_USER) ? lookup_method(a, str_intern_c("__divmod__"), &self) : MISSING;
        if (m) { val_t r = call2(m, a, b); if (r != V(&notimpl_obj)) return r; }
        m = (type_of(b)->flags & TF_USER) ? lookup_method(b, str_intern_c("__rdivmod__"), &self) : MISSING;
        if (m) { val_t r = call2(m, b, a); if (r != V(&notimpl_obj)) return r; }
        /* subclasses of int and float without those methods divide as their base does */
        bool nums = (isinstance_of(a, &int_type) || isinstance_of(a, &float_type)) &&
                    (isinstance_of(b, &int_type) || isinstance_of(b, &float_type));
        if (!nums) raise_type_error("unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a), type_name(b));
    }
    val_t q = obj_binary(OP_FLOORDIV, a, b), r = obj_binary(OP_MOD, a, b);
    val_t t[2] = { q, r };
    return tuple_new(2, t);
}
static val_t bi_pow(int npos, int nkw, const val_t *args) {
    val_t base = npos > 0 ? args[0] : kwarg(npos, nkw, args, "base", MISSING);
    val_t exp = npos > 1 ? args[1] : kwarg(npos, nkw, args, "exp", MISSING);
    val_t mod = npos > 2 ? args[2] : kwarg(npos, nkw, args, "mod", NONE);
    if (!base || !exp) raise_type_error("pow() missing required argument 'base' (pos 1)");
    if (mod != NONE) return number_powmod(base, exp, mod);
    return obj_binary(OP_POW, base, exp);
}
static val_t bi_round(int npos, int nkw, const val_t *args) {
    val_t x = npos > 0 ? args[0] : kwarg(npos, nkw, args, "number", MISSING);
    val_t nd = npos > 1 ? args[1] : kwarg(npos, nkw, args, "ndigits", NONE);
    if (!x) raise_type_error("round() missing required argument 'number' (pos 1)");
    if (IS_FLOAT(x)) {
        double d = ((float_t *)x)->value;
        if (nd == NONE) {
            if (d != d) raise_msg(&ValueError_type, "cannot convert float NaN to integer");
            if (d - d != 0) raise_msg(&OverflowError_type, "cannot convert float infinity to integer");
            return int_from_double(flt_round_half_even(d));
        }
        double r; num_error e;
        if (flt_round(d, int_index(nd, "ndigits"), &r, &e) != NUM_OK) raise_msg(&OverflowError_type, "%s", e.msg);
        return float_new(r);
    }
    if (IS_INT(x)) {
        x = int_from_value(x);
        if (nd == NONE) return x;
        intptr_t n = int_index(nd, "ndigits");
        if (n >= 0) return x;
        val_t p = obj_binary(OP_POW, MKSMALL(10), MKSMALL(-n));
        val_t q = obj_binary(OP_FLOORDIV, x, p), r = obj_binary(OP_MOD, x, p);
        val_t twice = obj_binary(OP_MUL, r, MKSMALL(2));
        if (obj_lt(p, twice) || (obj_eq(twice, p) && obj_truth(obj_binary(OP_AND, q, MKSMALL(1))))) q = obj_binary(OP_ADD, q, MKSMALL(1));
        return obj_binary(OP_MUL, q, p);
    }
    val_t self, m = lookup_method(x, N___round__, &self);
    if (m) { val_t a[2] = { self, nd }; return nd == NONE ? call(m, 1, 0, a) : call(m, 2, 0, a); }
    /* a subclass of float or int without __round__: its value's, as a plain number */
    val_t plain = isinstance_of(x, &float_type) ? float_new(float_of(x)) :
                  isinstance_of(x, &int_type) ? int_binary(OP_ADD, x, MKSMALL(0)) : MISSING;
    if (plain) { val_t a[2] = { plain, nd }; return bi_round(nd == NONE ? 1 : 2, 0, a); }
    raise_type_error("type %s doesn't define __round__ method", type_name(x));
}
/* CPython's test: x < best for min, x > best for max (which names the operator in a TypeError) */
static bool minmax_better(val_t x, val_t best, bool is_max) {
    if (IS_SMALL(x) && IS_SMALL(best)) return is_max ? (intptr_t)x > (intptr_t)best : (intptr_t)x < (intptr_t)best;
    return obj_truth(obj_compare(is_max ? CMP_GT : CMP_LT, x, best));
}
/* min/max of a list or tuple without an iterator: small ints compare directly. The length is
 * re-read each step (a user __lt__ may change the list). MISSING when empty. */
static val_t minmax_items(val_t seq, bool is_max) {
    bool is_list = IS_LIST(seq);
    size_t n = is_list ? LIST(seq)->len : TUPLE(seq)->len;
    if (n == 0) return MISSING;
    val_t best = is_list ? LIST(seq)->items[0] : TUPLE(seq)->items[0];
    for (size_t i = 1; i < (is_list ? LIST(seq)->len : TUPLE(seq)->len); i++) {
        val_t x = is_list ? LIST(seq)->items[i] : TUPLE(seq)->items[i];
        if (minmax_better(x, best, is_max)) best = x;
    }
    return best;
}
static val_t minmax(int npos, int nkw, const val_t *args, bool is_max) {
    val_t key = kwarg(npos, nkw, args, "key", NONE);
    val_t dflt = kwarg(npos, nkw, args, "default", MISSING);
    const char *fname = is_max ? "max" : "min";
    if (npos == 0) raise_type_error("%s expected at least 1 argument, got 0", fname);
    val_t it;
    if (npos == 1 && key == NONE && (IS_LIST(args[0]) || IS_TUPLE(args[0]))) {
        val_t r = minmax_items(args[0], is_max);
        if (r) return r;
        if (dflt) return dflt;
        raise_msg(&ValueError_type, "%s() arg is an empty sequence", fname);
    }
    if (npos == 1) it = obj_iter(args[0]);
    else {
        if (dflt) raise_type_error("Cannot specify a default for %s() with multiple positional arguments", fname);
        it = obj_iter(tuple_new((size_t)npos, args));
    }
    val_t best = MISSING, bestk = MISSING, x;
    while ((x = obj_next(it))) {
        val_t k = key == NONE ? x : call1(key, x);
        if (!best || minmax_better(k, bestk, is_max)) { best = x; bestk = k; }
    }
    if (!best) {
        if (dflt) return dflt;
        raise_msg(&ValueError_type, "%s() arg is an empty sequence", fname);
    }
    return best;
}
static val_t bi_min(int npos, int nkw, const val_t *args) { return minmax(npos, nkw, args, false); }
static val_t bi_max(int npos, int nkw, const val_t *args) { return minmax(npos, nkw, args, true); }
/* acc + x for two small ints without overflow (the usual case); false: obj_binary's turn */
static inline bool sum_small(val_t *acc, val_t x) {
    intptr_t r;
    if (!IS_SMALL(*acc) || !IS_SMALL(x) || __builtin_add_overflow((intptr_t)*acc, (intptr_t)(x - 1), &r)) return false;
    *acc = (val_t)r;
    return true;
}
/* The sum of small-int acc and n items when all are small ints, in one pass with one branch per
 * item (the tag bits and the overflows are accumulated, not tested, so the loop is one
 * translation block per item); MISSING when an item is not a small int or a partial sum leaves
 * the word: the caller then adds the general way from the start (small ints add without calls,
 * so nothing is observed twice). */
static inline __attribute__((always_inline)) val_t sum_small_items(val_t acc, const val_t *items, size_t n) {
    intptr_t s = SMALL(acc);
    val_t tags = acc;
    bool ovf = false;
    for (size_t i = 0; i < n; i++) {
        val_t x = items[i];
        tags &= x;
        ovf |= __builtin_add_overflow(s, (intptr_t)x >> 1, &s);
    }
    if (!(tags & 1) || ovf) return MISSING;
    return fits_small(s) ? MKSMALL(s) : int_from_i64(s);
}
/* the items of a list, its length re-read each step (an __add__ may change it) */
static val_t sum_list(val_t acc, val_t l) {
    val_t r;
    if (IS_SMALL(acc) && (r = sum_small_items(acc, LIST(l)->items, LIST(l)->len))) return r;
    for (size_t i = 0; i < LIST(l)->len; i++) {
        val_t x = LIST(l)->items[i];
        if (!sum_small(&acc, x)) acc = obj_binary(OP_ADD, acc, x);
    }
    return acc;
}
static val_t sum_tuple(val_t acc, val_t t) {
    val_t r;
    if (IS_SMALL(acc) && (r = sum_small_items(acc, TUPLE(t)->items, TUPLE(t)->len))) return r;
    for (size_t i = 0; i < TUPLE(t)->len; i++) {
        val_t x = TUPLE(t)->items[i];
        if (!sum_small(&acc, x)) acc = obj_binary(OP_ADD, acc, x);
    }
    return acc;
}
/* sum(genexpr): a suspended generator is resumed straight through gen_resume (what
 * gen_iternext does, without obj_next's and its calls per item); any other state (just created,
 * running, finished) goes through gen_send, which raises or reports exhaustion as usual. */
val_t gen_resume(generator_t *g, val_t value, bool *yielded);
static val_t sum_generator(val_t acc, val_t gv) {
    generator_t *g = (generator_t *)gv;
    for (;;) {
        bool y;
        val_t x = g->state == GEN_SUSPENDED ? gen_resume(g, NONE, &y) : gen_send(gv, NONE, MISSING, &y);
        if (!y) return acc;
        if (!sum_small(&acc, x)) acc = obj_binary(OP_ADD, acc, x);
    }
}
static val_t bi_sum(int npos, int nkw, const val_t *args) {
    if (npos == 1 && nkw == 0 && IS_LIST(args[0])) {   /* sum(xs) */
        val_t r = sum_small_items(MKSMALL(0), LIST(args[0])->items, LIST(args[0])->len);
        return r ? r : sum_list(MKSMALL(0), args[0]);
    }
    if (npos < 1) raise_type_error("sum() takes at least 1 positional argument (0 given)");
    val_t acc = npos > 1 ? args[1] : nkw ? kwarg(npos, nkw, args, "start", MKSMALL(0)) : MKSMALL(0);
    if (IS_STR(acc)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    val_t seq = args[0];
    if (IS_LIST(seq)) return sum_list(acc, seq);
    if (IS_TUPLE(seq)) return sum_tuple(acc, seq);
    val_t it = obj_iter(seq), x;
    if (is_type(it, &generator_type)) return sum_generator(acc, it);
    while ((x = obj_next(it)))
        if (!sum_small(&acc, x)) acc = obj_binary(OP_ADD, acc, x);
    return acc;
}
static val_t bi_sorted(int npos, int nkw, const val_t *args) {
    if (npos != 1) raise_type_error("sorted expected 1 argument, got %d", npos);
    val_t l = list_from_iter(args[0]);
    list_sort(l, kwarg(npos, nkw, args, "key", NONE), obj_truth(kwarg(npos, nkw, args, "reverse", FALSE_V)));
    return l;
}
static val_t bi_iter(val_t v, val_t sentinel) {
    if (sentinel) return calliter_new(v, sentinel);
    return obj_iter(v);
}
static val_t bi_next(val_t it, val_t dflt) {
    if (!type_of(it)->iternext) raise_type_error("'%s' object is not an iterator", type_name(it));
    if (is_type(it, &generator_type)) {
        bool y;
        val_t r = gen_send(it, NONE, MISSING, &y);
        if (y) return r;
        if (dflt) return dflt;
        raise(exc_new(&StopIteration_type, (r && r != NONE) ? tuple_new(1, &r) : empty_tuple));
    }
    if (type_of(it)->flags & TF_USER) {
        val_t self, m = lookup_method(it, N___next__, &self);
        if (m && !dflt) return call1(m, it);  /* its StopIteration propagates unchanged */
    }
    val_t r = obj_next(it);
    if (r) return r;
    if (dflt) return dflt;
    raise(exc_new(&StopIteration_type, empty_tuple));
}
static bool isinst(val_t v, val_t cls) {
    if (IS_TUPLE(cls)) { for (size_t i = 0; i < TUPLE(cls)->len; i++) if (isinst(v, TUPLE(cls)->items[i])) return true; return false; }
    if (!isinstance_of(cls, &type_type)) raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    return isinstance_of(v, TYPE(cls));
}
static val_t bi_isinstance(val_t v, val_t cls) { return BOOL(isinst(v, cls)); }
static bool issub(val_t c, val_t cls) {
    if (IS_TUPLE(cls)) { for (size_t i = 0; i < TUPLE(cls)->len; i++) if (issub(c, TUPLE(cls)->items[i])) return true; return false; }
    if (!isinstance_of(cls, &type_type)) raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return is_subtype(TYPE(c), TYPE(cls));
}
static val_t bi_issubclass(val_t c, val_t cls) {
    if (!isinstance_of(c, &type_type)) raise_type_error("issubclass() arg 1 must be a class");
    return BOOL(issub(c, cls));
}
static val_t bi_hasattr(val_t o, val_t name) {
    if (!IS_STR(name)) raise_type_error("hasattr(): attribute name must be string");
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) { val_t r = obj_getattr_opt(o, str_intern_val(name)); nlr_pop(&nb); return BOOL(r != MISSING); }
    if (isinstance_of(nb.exc, &AttributeError_type)) return FALSE_V;
    raise_again(nb.exc);
}
static val_t bi_getattr(val_t o, val_t name, val_t dflt) {
    if (!IS_STR(name)) raise_type_error("getattr(): attribute name must be string");
    name = str_intern_val(name);
    if (!dflt) return obj_getattr(o, name);
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) { val_t r = obj_getattr_opt(o, name); nlr_pop(&nb); return r ? r : dflt; }
    if (isinstance_of(nb.exc, &AttributeError_type)) return dflt;
    raise_again(nb.exc);
}
static val_t bi_setattr(val_t o, val_t name, val_t v) {
    if (!IS_STR(name)) raise_type_error("attribute name must be string, not '%s'", type_name(name));
    obj_setattr(o, str_intern_val(name), v);
    return NONE;
}
static val_t bi_delattr(val_t o, val_t name) { obj_delattr(o, str_intern_val(name)); return NONE; }
static val_t bi_callable(val_t v) {
    const type_t *t = type_of(v);
    if (t->flags & TF_USER) return BOOL(type_lookup(t, N___call__) != MISSING);
    return BOOL(t->call != NULL);
}
static val_t bi_id(val_t v) { return int_from_u64((uint64_t)v); }
static val_t bi_hash(val_t v) { return int_from_i64(obj_hash(v)); }
static val_t bi_format(val_t v, val_t spec) { return format_value(v, spec ? spec : empty_str); }
static val_t bi_globals(void) { return vm_current_frame ? vm_current_frame->globals : NONE; }
static val_t bi_locals(void) {
    frame_t *f = vm_current_frame;
    if (!f) return NONE;
    if (f->locals) return f->locals;
    val_t d = dict_new();
    for (int i = 0; i < f->ci->nlocals; i++) if (f->slots[i]) dict_set(d, f->ci->localnames[i], f->slots[i]);
    return d;
}
static val_t bi_vars(val_t o) {
    if (!o) return bi_locals();
    val_t d = obj_getattr_opt(o, N___dict__);
    if (!d) raise_type_error("vars() argument must have __dict__ attribute");
    return d;
}
static val_t bi_dir(val_t o) {
    val_t l = list_new(0, NULL);
    if (!o) { val_t d = bi_locals(); if (IS_DICT(d)) { size_t p = 0; val_t k; while ((k = dict_iternext_entry(d, &p, NULL))) list_append(l, k); } }
    else {
        val_t d = obj_getattr_opt(o, N___dict__);
        if (d && IS_DICT(d)) { size_t p = 0; val_t k; while ((k = dict_iternext_entry(d, &p, NULL))) list_append(l, k); }
        const type_t *t = is_type(o, &type_type) ? TYPE(o) : type_of(o);
        for (; t; t = t->base_type) if (type_dict(t)) { size_t p = 0; val_t k; while ((k = dict_iternext_entry(t->dict, &p, NULL))) if (!obj_contains(l, k)) list_append(l, k); }
    }
    list_sort(l, NONE, false);
    return l;
}
static val_t bi_input(val_t prompt) {
    if (prompt) vm_print(obj_str(prompt));
    raise_msg(&EOFError_type, "EOF when reading a line");
}
static val_t bi_exit(val_t code) {
    val_t c = code ? code : NONE;
    raise(exc_new(&SystemExit_type, code ? tuple_new(1, &c) : empty_tuple));
}

/* The builtins namespace is a ROM dict (rom.h): a const table in flash, no heap. */
#define BUILTIN_FUNCTIONS(X) \
    X(print, bi_print, MK_KW, 0, -1) \
    X(repr, bi_repr, MK_FIXED, 1, 1) \
    X(ascii, bi_ascii, MK_FIXED, 1, 1) \
    X(len, bi_len, MK_FIXED, 1, 1) \
    X(abs, bi_abs, MK_FIXED, 1, 1) \
    X(all, bi_all, MK_FIXED, 1, 1) \
    X(any, bi_any, MK_FIXED, 1, 1) \
    X(bin, bi_bin, MK_FIXED, 1, 1) \
    X(oct, bi_oct, MK_FIXED, 1, 1) \
    X(hex, bi_hex, MK_FIXED, 1, 1) \
    X(chr, bi_chr, MK_FIXED, 1, 1) \
    X(ord, bi_ord, MK_FIXED, 1, 1) \
    X(divmod, bi_divmod, MK_FIXED, 2, 2) \
    X(pow, bi_pow, MK_KW, 0, -1) \
    X(round, bi_round, MK_KW, 0, -1) \
    X(min, bi_min, MK_KW, 0, -1) \
    X(max, bi_max, MK_KW, 0, -1) \
    X(sum, bi_sum, MK_KW, 0, -1) \
    X(sorted, bi_sorted, MK_KW, 0, -1) \
    X(iter, bi_iter, MK_FIXED, 1, 2) \
    X(next, bi_next, MK_FIXED, 1, 2) \
    X(isinstance, bi_isinstance, MK_FIXED, 2, 2) \
    X(issubclass, bi_issubclass, MK_FIXED, 2, 2) \
    X(hasattr, bi_hasattr, MK_FIXED, 2, 2) \
    X(getattr, bi_getattr, MK_FIXED, 2, 3) \
    X(setattr, bi_setattr, MK_FIXED, 3, 3) \
    X(delattr, bi_delattr, MK_FIXED, 2, 2) \
    X(callable, bi_callable, MK_FIXED, 1, 1) \
    X(id, bi_id, MK_FIXED, 1, 1) \
    X(hash, bi_hash, MK_FIXED, 1, 1) \
    X(format, bi_format, MK_FIXED, 1, 2) \
    X(globals, bi_globals, MK_FIXED, 0, 0) \
    X(vars, bi_vars, MK_FIXED, 0, 1) \
    X(dir, bi_dir, MK_FIXED, 0, 1) \
    X(input, bi_input, MK_FIXED, 0, 1) \
    X(exit, bi_exit, MK_FIXED, 0, 1) \
    X(quit, bi_exit, MK_FIXED, 0, 1)
#define DEFINE_NATIVE(name, fn, kind, min, max) static const method_def_t native_##name = NATIVE(#name, fn, kind, min, max);
BUILTIN_FUNCTIONS(DEFINE_NATIVE)
const method_def_t *const builtin_len = &native_len;   /* vm.c: LOAD_GLOBAL len + a call of it */
extern const method_def_t exec_defs[];   /* exec.c: exec, eval, compile, locals, in this order */
extern const method_def_t build_class_native;  /* object.c */

/* pasted directly (not via ROM_ENTRY): `bool` is a macro and would expand on the way */
#define NATIVE_ENTRY(name, ...) { V(&qstr_##name), V(&native_##name), QH_##name },
#define TYPE_ENTRY(name) { V(&qstr_##name), V(&name##_type), QH_##name },
#define BUILTIN_TYPES(X) X(object) X(type) X(bool) X(int) X(float) X(str) X(bytes) X(bytearray) X(list) \
    X(tuple) X(dict) X(set) X(frozenset) X(range) X(slice) X(staticmethod) X(classmethod) X(property) \
    X(super) X(enumerate) X(zip) X(map) X(filter) X(reversed)
#define BUILTIN_EXCEPTIONS(X) X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) \
    X(Exception) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) X(EOFError) \
    X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) X(MemoryError) \
    X(NameError) X(UnboundLocalError) X(OSError) X(FileNotFoundError) X(FileExistsError) \
    X(PermissionError) X(IsADirectoryError) X(NotADirectoryError) X(TimeoutError) X(ConnectionError) \
    X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError) X(SyntaxError) \
    X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError) X(UnicodeError) \
    X(UnicodeDecodeError) X(UnicodeEncodeError) X(Warning) X(UserWarning) X(DeprecationWarning) \
    X(RuntimeWarning)
#define DECLARE_TYPE(name) extern type_t name##_type;
BUILTIN_EXCEPTIONS(DECLARE_TYPE)
static const dict_entry_t builtins_table[] = {
    BUILTIN_FUNCTIONS(NATIVE_ENTRY)
    ROM_ENTRY(exec, &exec_defs[0]), ROM_ENTRY(eval, &exec_defs[1]), ROM_ENTRY(compile, &exec_defs[2]),
    ROM_ENTRY(locals, &exec_defs[3]),
    BUILTIN_TYPES(TYPE_ENTRY)
    BUILTIN_EXCEPTIONS(TYPE_ENTRY)
    ROM_ENTRY(None, &none_obj), ROM_ENTRY(True, &true_obj), ROM_ENTRY(False, &false_obj),
    ROM_ENTRY(NotImplemented, &notimpl_obj), ROM_ENTRY(Ellipsis, &ellipsis_obj),
    ROM_ENTRY(__build_class__, &build_class_native), ROM_ENTRY(__name__, &qstr_builtins),
};
ROM_DICT(builtins_dict, builtins_table)
val_t vm_builtins = V(&builtins_dict);

/* a table entry naming a native must name it by its own name (catches an exec_defs reorder) */
static void check_native_names(const dict_entry_t *t, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (is_type(t[i].value, &native_type) && cstrcmp(((native_t *)t[i].value)->name, CSTR(t[i].key)) != 0) {
            vm_write("rivet: builtins table out of order\n", 35);
            raise_msg(&SystemError_type, "builtins table out of order");
        }
}

void builtins_init(void) {
    ROM_DICT_INIT(builtins_dict, builtins_table);
    check_native_names(builtins_table, ARRAY_LEN(builtins_table));
}
