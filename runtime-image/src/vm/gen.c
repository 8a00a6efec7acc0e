/* gen.c — generators (a heap frame resumed by send/next/throw/close; section 6.3 of bytecode.md),
 * yield from, and the call helpers the interpreter needs for `with` and f(*args, **kw). */
#include "vm.h"
#include "nlr.h"
#include "gc.h"

extern val_t vm_handled;
val_t stop_iteration_value(val_t e);
/* __next__ as a method (for explicit it.__next__() calls) */
__attribute__((noreturn)) void raise_again(val_t e);
static val_t iter_self(val_t v) { return v; }

val_t gen_new(val_t fn, frame_t *f) {
    generator_t *g = new_obj(&generator_type, sizeof(generator_t));
    g->func = fn;
    g->frame = f;
    g->name = ((function_t *)fn)->name;
    g->qualname = ((function_t *)fn)->qualname;
    g->state = GEN_CREATED;
    g->catches_nothing = f->ci->nexc == 0;
    f->handled = NONE;
    return V(g);
}

/* g's frame let exception e out: g is finished, and a StopIteration becomes a RuntimeError */
static __attribute__((noreturn, noinline)) void gen_raised(generator_t *g, val_t e) {
    g->state = GEN_DONE;
    g->frame = NULL;
    if (isinstance_of(e, &StopIteration_type)) {
        val_t m = str_from_c("generator raised StopIteration");
        val_t r = exc_new(&RuntimeError_type, tuple_new(1, &m));
        ((exc_t *)r)->cause = e;
        ((exc_t *)r)->context = e;
        ((exc_t *)r)->suppress_context = true;
        raise(r);
    }
    raise_again(e);
}

/* The usual resume (FOR_ITER, next(), sum(), send()): a suspended generator and nothing thrown in.
 * This is vm_execute's work for a generator frame done here, so that a resume is one call, one
 * setjmp and vm_loop: an exception is offered to the frame's own handlers (vm_catch), and one
 * that leaves the frame finishes the generator. The locals the handler path reads (g, f, caller,
 * saved, yielded) are not written after NLR_TRY, so the longjmp leaves them valid. Callers that
 * resume often (FOR_ITER, next() and friends through gen_iternext, yield from) call it directly
 * for a suspended generator, without gen_send's checks. (Tried: the NLR_TRY in a helper of its
 * own so that these locals stay in registers: two calls cost more than the spills.) */
val_t gen_resume(generator_t *g, val_t value, bool *yielded) {
    frame_t *const f = g->frame;
    /* past the YIELD_VALUE (else it is on a YIELD_FROM) with the value of the yield expression
     * pushed, or also past the POP_TOP after it (`yield x` as a statement: the value is dropped
     * there, a dispatch less), without branches (the slot written is then dead) */
    const uint8_t *const ip = f->ip;
    uintptr_t const y = ip[0] == BC_YIELD_VALUE, pt = y & (ip[1] == BC_POP_TOP);
    f->ip = ip + y + pt;
    f->sp[1] = value;
    f->sp += 1 - pt;
    val_t const saved = vm_handled;
    vm_handled = gen_handled_on_resume(f->handled, saved);
    g->state = GEN_RUNNING;
    frame_t *const caller = vm_current_frame;
    f->back = caller;
    gen_frame_enter(f, caller);
    vm_current_frame = f;
    *yielded = false;
    nlr_buf_t nb;
    for (;;) {
        if (NLR_TRY(&nb)) {
            val_t r = vm_loop(f, yielded);
            nlr_pop(&nb);
            vm_current_frame = caller;
            f->handled = gen_handled_on_suspend(vm_handled, saved);
            vm_handled = saved;
            if (*yielded) g->state = GEN_SUSPENDED;
            else { g->state = GEN_DONE; g->frame = NULL; }
            return r;
        }
        if (!vm_catch(f, nb.exc)) break;
        vm_current_frame = f;
    }
    vm_current_frame = caller;
    f->ip = NULL;   /* finished: the frame cannot resume */
    vm_handled = saved;
    gen_raised(g, nb.exc);
}

/* Resumes g. Returns the yielded value (*yielded true) or the return value (*yielded false).
 * Exceptions propagate (the frame is then finished): vm_execute hands them back with
 * vm_gen_raised set rather than raising through a setjmp here. */
val_t gen_send(val_t gv, val_t value, val_t throw_exc, bool *yielded) {
    generator_t *g = (generator_t *)gv;
    if (g->state == GEN_SUSPENDED && !throw_exc) return gen_resume(g, value, yielded);
    if (g->state == GEN_RUNNING) raise_msg(&ValueError_type, "generator already executing");
    if (g->state == GEN_DONE) {
        if (throw_exc) raise(throw_exc);
        *yielded = false;
        return MISSING; /* exhausted */
    }
    frame_t *f = g->frame;
    if (g->state == GEN_CREATED) {
        if (!throw_exc && value != NONE) raise_type_error("can't send non-None value to a just-started generator");
    } else if (!throw_exc) {
        if (*f->ip == BC_YIELD_VALUE) f->ip++;   /* past the YIELD_VALUE */
        *++f->sp = value;              /* the value of the yield expression */
    }
    if (g->state == GEN_CREATED && throw_exc) {
        g->state = GEN_DONE;
        raise(throw_exc);
    }
    val_t saved = vm_handled;
    vm_handled = gen_handled_on_resume(f->handled, saved);
    g->state = GEN_RUNNING;
    gen_frame_enter(f, vm_current_frame);
    val_t r = vm_execute(f, throw_exc, yielded);
    if (!vm_gen_raised) {
        f->handled = gen_handled_on_suspend(vm_handled, saved);
        vm_handled = saved;
        g->state = *yielded ? GEN_SUSPENDED : GEN_DONE;
        if (!*yielded) g->frame = NULL;
        return r;
    }
    vm_gen_raised = false;   /* r is the exception that left the frame */
    vm_handled = saved;
    gen_raised(g, r);
}

static val_t gen_iternext(val_t g) {
    bool y;
    val_t r = ((generator_t *)g)->state == GEN_SUSPENDED ? gen_resume((generator_t *)g, NONE, &y)
                                                         : gen_send(g, NONE, MISSING, &y);
    if (y) return r;
    return MISSING;
}
static val_t stop_with(val_t r) {
    if (r == NONE || !r) return exc_new(&StopIteration_type, empty_tuple);
    return exc_new(&StopIteration_type, tuple_new(1, &r));
}
static val_t gen_send_m(val_t g, val_t v) {
    bool y;
    val_t r = gen_send(g, v, MISSING, &y);
    if (y) return r;
    raise(stop_with(r));
}
static val_t gen_throw_m(int n, const val_t *args) {
    val_t e = args[1];
    if (is_type(e, &type_type)) e = n > 2 && args[2] != NONE ? call1(e, args[2]) : call0(e);
    if (!isinstance_of(e, &BaseException_type)) raise_type_error("exceptions must be classes or instances deriving from BaseException, not %s", type_name(e));
    bool y;
    val_t r = gen_send(args[0], NONE, e, &y);
    if (y) return r;
    raise(stop_with(r));
}
static val_t gen_close_m(val_t g) {
    generator_t *gen = (generator_t *)g;
    if (gen->state == GEN_DONE || gen->state == GEN_CREATED) { gen->state = GEN_DONE; gen->frame = NULL; return NONE; }
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        bool y;
        gen_send(g, NONE, exc_new(&GeneratorExit_type, empty_tuple), &y);
        nlr_pop(&nb);
        if (y) raise_msg(&RuntimeError_type, "generator ignored GeneratorExit");
        return NONE;
    }
    if (isinstance_of(nb.exc, &GeneratorExit_type) || isinstance_of(nb.exc, &StopIteration_type)) return NONE;
    raise_again(nb.exc);
}
static val_t gen_repr(val_t v) { return str_printf("<generator object %S at 0x%lx>", ((generator_t *)v)->qualname, (long)v); }
static const method_def_t gen_methods[] = {
    NATIVE("send", gen_send_m, MK_FIXED, 2, 2),
    NATIVE("throw", gen_throw_m, MK_VAR, 2, 4),
    NATIVE("close", gen_close_m, MK_FIXED, 1, 1),
    NATIVE_END,
};
/* g.send(v) does not come here: the getattr slot adds data attributes only (TF_GETATTR_DATA),
 * so LOAD_METHOD caches gen_methods' entries and CALL_METHOD calls gen_send_m directly. g.send
 * as a value is bound here directly: a generator has no instance dict and its type's `send` is
 * always gen_methods[0] (what generic_getattr's type lookup would find and bind). */
static val_t gen_getattr(val_t v, val_t name) {
    if (name == N_send) return bound_new(v, V(&gen_methods[0]));
    if (name == N___name__) return ((generator_t *)v)->name;
    if (name == N___qualname__) return ((generator_t *)v)->qualname;
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
static intptr_t id_hash(val_t v) { return (intptr_t)(v >> 4); }
type_t generator_type = { { &type_type }, "generator", TF_GETATTR_DATA, sizeof(generator_t), .repr = gen_repr, .hash = id_hash,
    .iter = iter_self, .iternext = gen_iternext, .methods = gen_methods, .getattr = gen_getattr };

/* one step of YIELD_FROM: *yielded and the value to yield, or the final result */
val_t gen_yield_from_step(val_t it, val_t v, bool *yielded) {
    if (is_type(it, &generator_type)) {
        generator_t *g = (generator_t *)it;
        val_t r = g->state == GEN_SUSPENDED ? gen_resume(g, v, yielded) : gen_send(it, v, MISSING, yielded);
        if (*yielded) return r;
        return r ? r : NONE;
    }
    nlr_buf_t nb;
    if (NLR_TRY(&nb)) {
        val_t r;
        if (v == NONE) r = obj_next(it);
        else r = call_method(it, N_send, 1, &v);
        nlr_pop(&nb);
        if (r) { *yielded = true; return r; }
        *yielded = false;
        return NONE;
    }
    if (isinstance_of(nb.exc, &StopIteration_type)) { *yielded = false; return stop_iteration_value(nb.exc); }
    raise_again(nb.exc);
}

/* throw(e) while suspended in YIELD_FROM: forward to the inner iterator. Returns a yielded value
 * (*yielded), a result (*returned), or an exception to raise at the YIELD_FROM. */
val_t gen_forward_throw(val_t it, val_t e, bool *yielded, bool *returned) {
    nlr_buf_t nb;
    if (isinstance_of(e, &GeneratorExit_type)) {
        if (NLR_TRY(&nb)) {
            if (is_type(it, &generator_type)) gen_close_m(it);
            else { val_t c = obj_getattr_opt(it, N_close); if (c) call0(c); }
            nlr_pop(&nb);
        } else return nb.exc;
        return e;
    }
    if (NLR_TRY(&nb)) {
        val_t r;
        if (is_type(it, &generator_type)) {
            r = gen_send(it, NONE, e, yielded);
            nlr_pop(&nb);
            if (*yielded) return r;
            *returned = true;
            return r ? r : NONE;
        }
        val_t th = obj_getattr_opt(it, N_throw);
        if (!th) { nlr_pop(&nb); return e; }
        r = call1(th, e);
        nlr_pop(&nb);
        *yielded = true;
        return r;
    }
    if (isinstance_of(nb.exc, &StopIteration_type)) { *returned = true; return stop_iteration_value(nb.exc); }
    return nb.exc;
}

/* ---- with ---- */
val_t with_enter(val_t m, val_t *exit_out) {
    const type_t *t = type_of(m);
    val_t self, enter = lookup_method(m, N___enter__, &self);
    val_t exit_self, exit = lookup_method(m, N___exit__, &exit_self);
    if (!enter) raise_type_error("'%s' object does not support the context manager protocol", t->name);
    if (!exit) raise_type_error("'%s' object does not support the context manager protocol (missed __exit__ method)", t->name);
    *exit_out = exit_self ? bound_new(exit_self, exit) : exit;
    return self ? call1(enter, self) : call0(enter);
}

/* ---- f(*args, **kw) ---- */
val_t call_ex(val_t fn, val_t args, val_t kw) {
    if (!IS_TUPLE(args)) {
        if (!type_of(args)->iter && !type_of(args)->subscr)
            raise_type_error("%S() argument after * must be an iterable, not %s", obj_getattr_opt(fn, N___qualname__) ? obj_getattr_opt(fn, N___qualname__) : str_from_c("function"), type_name(args));
        val_t l = list_from_iter(args);
        args = tuple_new(LIST(l)->len, LIST(l)->items);
    }
    size_t npos = TUPLE(args)->len;
    if (!kw || DICT(kw)->used == 0) return call(fn, (int)npos, 0, TUPLE(args)->items);
    size_t nkw = DICT(kw)->used;
    val_t *a = __builtin_alloca((npos + nkw + 1) * sizeof(val_t));
    memcpy_(a, TUPLE(args)->items, npos * sizeof(val_t));
    val_t names = tuple_alloc(nkw);
    size_t pos = 0, i = 0; val_t k, v;
    while ((k = dict_iternext_entry(kw, &pos, &v))) {
        if (!IS_STR(k)) raise_type_error("keywords must be strings");
        TUPLE(names)->items[i] = str_intern_val(k);
        a[npos + i] = v;
        i++;
    }
    a[npos + nkw] = names;
    return call(fn, (int)npos, (int)nkw, a);
}
