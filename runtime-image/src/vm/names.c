/* names.c — the interned names the runtime looks up (dunders, keyword names: static strs in
 * flash), and the step that turns each builtin type's static method table into its attribute dict. */
#include "obj.h"
#include "gc.h"
#include "qstr_data.h"

/* every name is a static str in flash (qstr_data.c): no heap, no GC roots */
#define NAME_DEF(n) val_t N_##n = Q(n);
NAME_LIST(NAME_DEF)
#define BINOP_NAMES(pre) { Q(__##pre##add__), Q(__##pre##sub__), Q(__##pre##mul__), Q(__##pre##truediv__), \
    Q(__##pre##floordiv__), Q(__##pre##mod__), Q(__##pre##pow__), Q(__##pre##lshift__), Q(__##pre##rshift__), \
    Q(__##pre##and__), Q(__##pre##or__), Q(__##pre##xor__), Q(__##pre##matmul__) }
val_t N_binop[OP_NBINOPS] = BINOP_NAMES(), N_rbinop[OP_NBINOPS] = BINOP_NAMES(r), N_ibinop[OP_NBINOPS] = BINOP_NAMES(i);

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
