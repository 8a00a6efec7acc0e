/* names.c — the interned names the runtime looks up (dunders, keyword names), and the start-up
 * step that turns each builtin type's static method table into its attribute dict. */
#include "obj.h"
#include "gc.h"

#define NAME_DEF(n) val_t N_##n;
NAME_LIST(NAME_DEF)
val_t N_binop[OP_NBINOPS], N_rbinop[OP_NBINOPS], N_ibinop[OP_NBINOPS];

static const char *const binop_names[OP_NBINOPS] = {
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul",
};

void names_init(void) {
#define NAME_INIT(n) N_##n = str_intern_c(#n); gc_add_root(&N_##n);
    NAME_LIST(NAME_INIT)
    char buf[32];
    for (int i = 0; i < OP_NBINOPS; i++) {
        const char *n = binop_names[i];
        size_t len = cstrlen(n);
        const char *pre[3] = { "__", "__r", "__i" };
        val_t *dst[3] = { &N_binop[i], &N_rbinop[i], &N_ibinop[i] };
        for (int k = 0; k < 3; k++) {
            size_t p = 0;
            for (const char *q = pre[k]; *q; q++) buf[p++] = *q;
            memcpy_(buf + p, n, len); p += len;
            buf[p++] = '_'; buf[p++] = '_';
            *dst[k] = str_intern(buf, p);
            gc_add_root(dst[k]);
        }
    }
}

/* builtin types get their attribute dicts from their method tables */
void type_install_methods(type_t *t) {
    if (!t->methods) return;   /* no dict: type_lookup skips it and goes on to the base */
    if (!t->dict) { t->dict = dict_new(); gc_add_root(&t->dict); }
    for (const method_def_t *m = t->methods; m->name; m++) {
        val_t f = V(m);
        if (m->kind == MK_STATIC_VAR || m->kind == MK_CLASS_VAR || m->kind == MK_CLASS_KW) {
            wrapper_t *w = new_obj(m->kind == MK_STATIC_VAR ? &staticmethod_type : &classmethod_type, sizeof(wrapper_t));
            w->fn = f;
            f = V(w);
        }
        dict_set(t->dict, str_intern_c(m->name), f);
    }
}
