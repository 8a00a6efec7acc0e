/* object.c — object, type, None, bool, NotImplemented, Ellipsis, and user classes: class
 * creation (C3 MRO), instance attribute lookup with descriptors, the slot functions that route a
 * user class's operators to its dunder methods, super(), and __build_class__. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"

static intptr_t id_hash(val_t v) { return (intptr_t)(v >> 4); }
val_t type_call(val_t fn, int npos, int nkw, const val_t *args);

/* ---- None, NotImplemented, Ellipsis, bool ---- */
static val_t none_repr(val_t v) { (void)v; return str_intern_c("None"); }
static int none_truth(val_t v) { (void)v; return 0; }
type_t none_type = { { &type_type }, "NoneType", 0, sizeof(none_t), .repr = none_repr, .hash = id_hash, .truth = none_truth };
none_t none_obj = { { &none_type } };
static val_t notimpl_repr(val_t v) { (void)v; return str_intern_c("NotImplemented"); }
type_t notimpl_type = { { &type_type }, "NotImplementedType", 0, sizeof(obj_t), .repr = notimpl_repr, .hash = id_hash };
obj_t notimpl_obj = { &notimpl_type };
static val_t ellipsis_repr(val_t v) { (void)v; return str_intern_c("Ellipsis"); }
type_t ellipsis_type = { { &type_type }, "ellipsis", 0, sizeof(obj_t), .repr = ellipsis_repr, .hash = id_hash };
obj_t ellipsis_obj = { &ellipsis_type };

static val_t bool_repr(val_t v) { return str_intern_c(((bool_t *)v)->value ? "True" : "False"); }
static val_t bool_binary(int op, val_t a, val_t b) {
    int bop = op & 31;
    if (is_type(a, &bool_type) && is_type(b, &bool_type) && (bop == OP_AND || bop == OP_OR || bop == OP_XOR)) {
        intptr_t x = ((bool_t *)a)->value, y = ((bool_t *)b)->value;
        return BOOL(bop == OP_AND ? (x & y) : bop == OP_OR ? (x | y) : (x ^ y));
    }
    extern val_t int_type_binary(int op, val_t a, val_t b);
    return int_type_binary(op, a, b);
}
static val_t bool_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; args_check("bool", npos, nkw, 0, 1);
    return npos ? BOOL(obj_truth(args[0])) : FALSE_V;
}
extern val_t int_type_compare(int op, val_t a, val_t b);
extern intptr_t int_type_hash(val_t v);
extern val_t int_unary_neg(val_t), int_unary_pos(val_t), int_unary_invert(val_t);
extern val_t int_getattr(val_t v, val_t name);
static int bool_truth(val_t v) { return ((bool_t *)v)->value != 0; }
type_t bool_type = { { &type_type }, "bool", 0, sizeof(bool_t), .repr = bool_repr, .hash = int_type_hash,
    .compare = int_type_compare, .binary = bool_binary, .truth = bool_truth, .make = bool_make,
    .unary_neg = int_unary_neg, .unary_pos = int_unary_pos, .unary_invert = int_unary_invert, .getattr = int_getattr,
    .base_type = &int_type };
bool_t true_obj = { { &bool_type }, 1 };
bool_t false_obj = { { &bool_type }, 0 };

/* ---- object ---- */
static val_t object_repr(val_t v) {
    const type_t *t = type_of(v);
    val_t mod = (t->flags & TF_USER) ? dict_get_str(t->dict, N___module__) : MISSING;
    val_t qn = t->qualname ? t->qualname : str_from_c(t->name);
    if (mod && IS_STR(mod) && cstrcmp(CSTR(mod), "builtins") != 0)
        return str_printf("<%S.%S object at 0x%lx>", mod, qn, (long)v);
    return str_printf("<%S object at 0x%lx>", qn, (long)v);
}
static val_t object_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)args;
    if ((npos || nkw) && !(t->flags & TF_USER)) raise_type_error("object() takes no arguments");
    return inst_new(t);
}
static val_t object_compare(int op, val_t a, val_t b) {
    if (op == CMP_EQ) return a == b ? TRUE_V : MISSING;
    if (op == CMP_NE) { if (a == b) return FALSE_V; return MISSING; }
    return MISSING;
}
static val_t obj_init_m(int n, const val_t *args) { (void)n; (void)args; return NONE; }
static val_t obj_repr_m(val_t self) { return object_repr(self); }
static val_t obj_str_m(val_t self) { return obj_repr(self); }
static val_t obj_hash_m(val_t self) { return MKSMALL(id_hash(self)); }
static val_t obj_eq_m(val_t self, val_t o) { return self == o ? TRUE_V : V(&notimpl_obj); }
static val_t obj_ne_m(val_t self, val_t o) {
    val_t r = obj_compare(CMP_EQ, self, o);
    return BOOL(!obj_truth(r));
}
bool generic_setattr(val_t obj, val_t name, val_t value);
static val_t obj_setattr_m(val_t self, val_t name, val_t value) { generic_setattr(self, name, value); return NONE; }
val_t generic_getattr(val_t obj, val_t name);
static val_t obj_getattribute_m(val_t self, val_t name) {
    val_t r = generic_getattr(self, name);
    if (!r) raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", type_name(self), name);
    return r;
}
static val_t obj_delattr_m(val_t self, val_t name) { generic_setattr(self, name, MISSING); return NONE; }
/* list, dict, set and bytearray are made empty by __new__ and filled by __init__ (as in CPython:
 * a subclass's own __init__ may take other arguments and call super().__init__(...) or not);
 * the other builtins are complete once __new__ returns. */
val_t rebox_as(val_t v, const type_t *t);
static bool fills_in_init(const type_t *b) {
    return b == &list_type || b == &dict_type || b == &set_type || b == &bytearray_type;
}
static val_t obj_new_m(int n, const val_t *args) {
    if (n < 1 || !isinstance_of(args[0], &type_type)) raise_type_error("object.__new__(X): X is not a type object");
    const type_t *t = TYPE(args[0]);
    if (t->make && t->make != object_make && (t->flags & TF_USER) == 0) return t->make(t, n - 1, 0, args + 1);
    const type_t *b = t;
    while (b && (b->flags & TF_USER)) b = b->base_type;
    if (b && b->make && b != &object_type) {
        extern val_t rebox_as(val_t v, const type_t *t);
        if (fills_in_init(b)) return rebox_as(b->make(b, 0, 0, NULL), t);
        return rebox_as(b->make(b, n - 1, 0, args + 1), t);
    }
    return inst_new(t);
}
static val_t obj_format_m(val_t self, val_t spec) {
    if (STR(spec)->len) raise_type_error("unsupported format string passed to %s.__format__", type_name(self));
    return obj_str(self);
}
static val_t obj_init_subclass_m(int n, const val_t *a) { (void)n; (void)a; return NONE; }
static const method_def_t object_methods[] = {
    NATIVE("__init__", obj_init_m, MK_VAR, 1, -1),
    NATIVE("__new__", obj_new_m, MK_STATIC_VAR, 1, -1),
    NATIVE("__repr__", obj_repr_m, MK_FIXED, 1, 1),
    NATIVE("__str__", obj_str_m, MK_FIXED, 1, 1),
    NATIVE("__hash__", obj_hash_m, MK_FIXED, 1, 1),
    NATIVE("__eq__", obj_eq_m, MK_FIXED, 2, 2),
    NATIVE("__ne__", obj_ne_m, MK_FIXED, 2, 2),
    NATIVE("__setattr__", obj_setattr_m, MK_FIXED, 3, 3),
    NATIVE("__getattribute__", obj_getattribute_m, MK_FIXED, 2, 2),
    NATIVE("__delattr__", obj_delattr_m, MK_FIXED, 2, 2),
    NATIVE("__format__", obj_format_m, MK_FIXED, 2, 2),
    NATIVE("__init_subclass__", obj_init_subclass_m, MK_CLASS_VAR, 1, -1),
    NATIVE_END,
};
type_t object_type = { { &type_type }, "object", TF_BASETYPE, sizeof(inst_t), .repr = object_repr, .hash = id_hash,
    .compare = object_compare, .make = object_make, .methods = object_methods };

/* ---- attribute lookup shared by instances ---- */

static val_t bind_descriptor(val_t m, val_t obj, const type_t *t) {
    const type_t *mt = type_of(m);
    if (mt == &function_type || mt == &native_type) return bound_new(obj, m);
    if (mt == &staticmethod_type) return ((wrapper_t *)m)->fn;
    if (mt == &classmethod_type) return bound_new(V(t), ((wrapper_t *)m)->fn);
    if (mt == &property_type || (mt->flags & TF_USER && is_subtype(mt, &property_type))) {
        property_t *p = (property_t *)m;
        if (p->fget == NONE) raise_msg(&AttributeError_type, "property object has no getter");
        return call1(p->fget, obj);
    }
    if (mt->flags & TF_USER) {
        val_t get = type_lookup(mt, N___get__);
        if (get) { val_t args[3] = { m, obj, V(t) }; return call(get, 3, 0, args); }
    }
    return m;
}

static val_t with_slot_wrapper(const type_t *t, val_t name, val_t m);
val_t generic_getattr(val_t obj, val_t name) {
    const type_t *t = type_of(obj);
    val_t m = with_slot_wrapper(t, name, type_lookup(t, name));
    if (m && !IS_SMALL(m)) {
        const type_t *mt = OBJ(m)->type;
        bool data_desc = mt == &property_type || ((mt->flags & TF_USER) && (type_lookup(mt, N___set__) || type_lookup(mt, N___delete__)) && type_lookup(mt, N___get__));
        if (data_desc) return bind_descriptor(m, obj, t);
    }
    val_t *ds = inst_dict_slot(obj);
    if (ds && *ds) { val_t v = dict_get_str(*ds, name); if (v) return v; }
    else if (t->flags & TF_SLOTS) { val_t v = slot_get(obj, name); if (v) return v; }
    if (m) return bind_descriptor(m, obj, t);
    if (name == N___class__) return V(t);
    if (name == N___next__ && t->iternext && !(t->flags & TF_USER)) {
        extern val_t next_native;
        return bound_new(obj, next_native);
    }
    if (name == N___iter__ && t->iter && !(t->flags & TF_USER)) {
        extern val_t iter_native;
        return bound_new(obj, iter_native);
    }
    if (name == N___dict__ && ds) {
        if (!*ds) *ds = (t->flags & TF_SLOTS) ? inst_materialize(obj) : dict_new();
        return *ds;
    }
    if ((t->flags & TF_USER)) {
        val_t ga = type_lookup(t, N___getattr__);
        if (ga) {
            nlr_buf_t nb;
            (void)nb;
            return call2(ga, obj, name);
        }
    }
    return MISSING;
}

bool generic_setattr(val_t obj, val_t name, val_t value) {
    const type_t *t = type_of(obj);
    val_t m = type_lookup(t, name);
    if (m && !IS_SMALL(m)) {
        const type_t *mt = OBJ(m)->type;
        if (mt == &property_type) {
            property_t *p = (property_t *)m;
            val_t f = value ? p->fset : p->fdel;
            if (f == NONE) raise_msg(&AttributeError_type, value ? "can't set attribute" : "can't delete attribute");
            if (value) call2(f, obj, value); else call1(f, obj);
            return true;
        }
        if (mt->flags & TF_USER) {
            val_t set = type_lookup(mt, value ? N___set__ : N___delete__);
            if (set) { val_t args[3] = { m, obj, value }; call(set, value ? 3 : 2, 0, args); return true; }
        }
    }
    val_t *ds = inst_dict_slot(obj);
    if (!ds) {
        if (!type_lookup(t, name))
            raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", t->name, name);
        raise_msg(&AttributeError_type, "'%s' object attribute '%S' is read-only", t->name, name);
    }
    if (!*ds && (t->flags & TF_SLOTS)) {   /* slot layout (layout.c) while the order allows */
        if (value && slot_store(obj, name, value)) return true;
        inst_materialize(obj);
    }
    if (!*ds) *ds = dict_new();
    if (value) dict_set(*ds, name, value);
    else if (!dict_del(*ds, name)) raise_msg(&AttributeError_type, "'%s' object has no attribute '%S'", t->name, name);
    return true;
}

/* ---- user-class slots: route operators to dunder methods ---- */
static const type_t *builtin_base(const type_t *t) {
    while (t && (t->flags & TF_USER)) t = t->base_type;
    return t ? t : &object_type;
}
/* a dunder defined by a user class (not inherited from a builtin type's method table) */
static val_t user_dunder(const type_t *t, val_t name) {
    tuple_t *m = TUPLE(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        type_t *c = TYPE(m->items[i]);
        if (!(c->flags & TF_USER)) return MISSING;
        val_t r = dict_get_str(c->dict, name);
        if (r) return r;
    }
    return MISSING;
}
static val_t call_dunder(val_t m, val_t self, int n, const val_t *args) {
    val_t a[4] = { self, 0, 0, 0 };
    for (int i = 0; i < n; i++) a[i + 1] = args[i];
    const type_t *mt = type_of(m);
    if (mt == &staticmethod_type) return call(((wrapper_t *)m)->fn, n, 0, a + 1);
    if (mt == &classmethod_type) { a[0] = V(type_of(self)); return call(((wrapper_t *)m)->fn, n + 1, 0, a); }
    if (mt == &function_type || mt == &native_type) return call(m, n + 1, 0, a);
    return call(bind_descriptor(m, self, type_of(self)), n, 0, a + 1);
}

static val_t user_repr(val_t v) {
    val_t m = user_dunder(type_of(v), N___repr__);
    if (m) {
        val_t r = call_dunder(m, v, 0, NULL);
        if (!IS_STR(r)) raise_type_error("__repr__ returned non-string (type %s)", type_name(r));
        return r;
    }
    const type_t *b = builtin_base(type_of(v));
    return b->repr ? b->repr(v) : object_repr(v);
}
static val_t user_str(val_t v) {
    val_t m = user_dunder(type_of(v), N___str__);
    if (m) {
        val_t r = call_dunder(m, v, 0, NULL);
        if (!IS_STR(r)) raise_type_error("__str__ returned non-string (type %s)", type_name(r));
        return r;
    }
    /* object.__str__ is repr(); exceptions and str have a __str__ of their own */
    const type_t *b = builtin_base(type_of(v));
    if (b == &str_type) return str_new(CSTR(v), STR(v)->len);   /* str(S('x')) is the plain 'x' */
    bool own_str = (b->flags & TF_EXCEPTION) || b == &str_type;
    if (!own_str && user_dunder(type_of(v), N___repr__)) return user_repr(v);
    return b->str ? b->str(v) : user_repr(v);
}
static intptr_t user_hash(val_t v) {
    const type_t *t = type_of(v);
    val_t m = user_dunder(t, N___hash__);
    if (m == NONE) raise_type_error("unhashable type: '%s'", t->name);
    if (m) {
        /* CPython keeps an int result that fits a C ssize_t as it is (-1, the C error value,
         * becomes -2) and hashes only a wider one: hash(S('abc')) == hash('abc') for a str
         * subclass whose __hash__ returns str.__hash__(self) */
        val_t r = call_dunder(m, v, 0, NULL);
        if (!isinstance_of(r, &int_type)) raise_type_error("__hash__ method should return an integer");
        int64_t x;
        if (int_to_i64(r, &x)) return x == -1 ? -2 : (intptr_t)x;
        return (intptr_t)int_hash(r);
    }
    if (user_dunder(t, N___eq__)) raise_type_error("unhashable type: '%s'", t->name);
    const type_t *b = builtin_base(t);
    return b->hash ? b->hash(v) : id_hash(v);
}
static val_t cmp_names[6];
static val_t user_compare(int op, val_t a, val_t b) {
    val_t m = user_dunder(type_of(a), cmp_names[op]);
    if (m) {
        val_t r = call_dunder(m, a, 1, &b);
        return r == V(&notimpl_obj) ? MISSING : r;
    }
    if (op == CMP_NE) {
        val_t eq = user_dunder(type_of(a), N___eq__);
        if (eq) { val_t r = call_dunder(eq, a, 1, &b); return r == V(&notimpl_obj) ? MISSING : BOOL(!obj_truth(r)); }
    }
    const type_t *bt = builtin_base(type_of(a));
    return bt->compare ? bt->compare(op, a, b) : MISSING;
}
static val_t user_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    val_t name = (op & 32) ? N_rbinop[bop] : (op & OP_INPLACE) ? N_ibinop[bop] : N_binop[bop];
    val_t m = user_dunder(type_of(a), name);
    if (m) {
        val_t r = call_dunder(m, a, 1, &b);
        return r == V(&notimpl_obj) ? MISSING : r;
    }
    if (op & OP_INPLACE) return MISSING;
    const type_t *bt = builtin_base(type_of(a));
    return bt->binary ? bt->binary(op, a, b) : MISSING;
}
static val_t user_unary(val_t a, val_t name, unary_fn base) {
    val_t m = user_dunder(type_of(a), name);
    if (m) return call_dunder(m, a, 0, NULL);
    return base ? base(a) : MISSING;
}
static val_t user_neg(val_t a) { return user_unary(a, N___neg__, builtin_base(type_of(a))->unary_neg); }
static val_t user_pos(val_t a) { return user_unary(a, N___pos__, builtin_base(type_of(a))->unary_pos); }
static val_t user_invert(val_t a) { return user_unary(a, N___invert__, builtin_base(type_of(a))->unary_invert); }
static int user_truth(val_t v) {
    val_t m = user_dunder(type_of(v), N___bool__);
    if (m) {
        val_t r = call_dunder(m, v, 0, NULL);
        if (!is_type(r, &bool_type)) raise_type_error("__bool__ should return bool, returned %s", type_name(r));
        return r == TRUE_V;
    }
    m = user_dunder(type_of(v), N___len__);
    if (m) return obj_truth(call_dunder(m, v, 0, NULL));
    const type_t *b = builtin_base(type_of(v));
    if (b->truth) return b->truth(v);
    if (b->len) return b->len(v) != 0;
    return 1;
}
static val_t user_call(val_t v, int npos, int nkw, const val_t *args) {
    val_t m = user_dunder(type_of(v), N___call__);
    if (!m && isinstance_of(v, &type_type)) return type_call(v, npos, nkw, args); /* a metaclass instance */
    if (!m) raise_type_error("'%s' object is not callable", type_name(v));
    int n = npos + nkw + (nkw ? 1 : 0);
    val_t *a = __builtin_alloca((size_t)(n + 1) * sizeof(val_t));
    a[0] = v;
    for (int i = 0; i < n; i++) a[i + 1] = args[i];
    return call(m, npos + 1, nkw, a);
}
val_t user_getattr_slot(val_t obj, val_t name);
val_t user_getattr_slot(val_t obj, val_t name) {
    const type_t *t = type_of(obj);
    val_t ga = user_dunder(t, N___getattribute__);
    if (ga) {
        nlr_buf_t nb;
        if (NLR_TRY(&nb)) { val_t r = call2(ga, obj, name); nlr_pop(&nb); return r; }
        if (!isinstance_of(nb.exc, &AttributeError_type)) raise_again(nb.exc);
        val_t g = type_lookup(t, N___getattr__);
        if (g) return call2(g, obj, name);
        raise_again(nb.exc);
    }
    const type_t *b = builtin_base(t);
    if (b->getattr) {
        val_t r = b->getattr(obj, name);
        if (r) return r;
        val_t g = type_lookup(t, N___getattr__);
        if (g) return call2(g, obj, name);
        return MISSING;
    }
    return generic_getattr(obj, name);
}
static bool user_setattr(val_t obj, val_t name, val_t value) {
    val_t m = user_dunder(type_of(obj), value ? N___setattr__ : N___delattr__);
    if (m) {
        val_t args[2] = { name, value };
        call_dunder(m, obj, value ? 2 : 1, args);
        return true;
    }
    const type_t *b = builtin_base(type_of(obj));
    if (b->setattr && b != &object_type) return b->setattr(obj, name, value);
    return generic_setattr(obj, name, value);
}
static val_t user_subscr(val_t obj, val_t index, val_t value) {
    val_t name = value == SUBSCR_LOAD ? N___getitem__ : value == SUBSCR_DEL ? N___delitem__ : N___setitem__;
    val_t m = user_dunder(type_of(obj), name);
    if (m) {
        val_t args[2] = { index, value };
        val_t r = call_dunder(m, obj, value == SUBSCR_LOAD || value == SUBSCR_DEL ? 1 : 2, args);
        return value == SUBSCR_LOAD ? r : TRUE_V;
    }
    const type_t *b = builtin_base(type_of(obj));
    return b->subscr ? b->subscr(obj, index, value) : MISSING;
}
static intptr_t user_len(val_t v) {
    val_t m = user_dunder(type_of(v), N___len__);
    if (m) {
        val_t r = call_dunder(m, v, 0, NULL);
        if (!IS_INT(r)) raise_type_error("'%s' object cannot be interpreted as an integer", type_name(r));
        intptr_t n = int_index(r, "len");
        if (n < 0) raise_msg(&ValueError_type, "__len__() should return >= 0");
        return n;
    }
    const type_t *b = builtin_base(type_of(v));
    return b->len ? b->len(v) : -1;
}
static val_t user_iter(val_t v) {
    val_t m = user_dunder(type_of(v), N___iter__);
    if (m) {
        val_t r = call_dunder(m, v, 0, NULL);
        const type_t *rt = type_of(r);
        if (!rt->iternext) raise_type_error("iter() returned non-iterator of type '%s'", rt->name);
        return r;
    }
    const type_t *b = builtin_base(type_of(v));
    return b->iter ? b->iter(v) : MISSING;
}
static val_t user_iternext(val_t v) {
    val_t m = user_dunder(type_of(v), N___next__);
    if (m) {
        nlr_buf_t nb;
        if (NLR_TRY(&nb)) { val_t r = call_dunder(m, v, 0, NULL); nlr_pop(&nb); return r; }
        if (isinstance_of(nb.exc, &StopIteration_type)) return MISSING;
        raise_again(nb.exc);
    }
    const type_t *b = builtin_base(type_of(v));
    if (b->iternext) return b->iternext(v);
    raise_type_error("'%s' object is not an iterator", type_name(v));
}
static int user_contains(val_t c, val_t item) {
    val_t m = user_dunder(type_of(c), N___contains__);
    if (m) return obj_truth(call_dunder(m, c, 1, &item));
    const type_t *b = builtin_base(type_of(c));
    if (b->contains) return b->contains(c, item);
    return -1;
}

/* ---- type objects ---- */
static val_t type_repr(val_t v) {
    type_t *t = TYPE(v);
    if (t->flags & TF_USER) {
        val_t mod = dict_get_str(t->dict, N___module__);
        if (mod && IS_STR(mod) && cstrcmp(CSTR(mod), "builtins") != 0)
            return str_printf("<class '%S.%S'>", mod, t->qualname);
        return str_printf("<class '%S'>", t->qualname);
    }
    return str_printf("<class '%s'>", t->name);
}

/* The __init__ of a user class whose instances object.__new__ makes (no __new__ in the MRO, no
 * builtin base but object) when it is a Python function, else MISSING: what type_call would
 * find, cached in the class until any class attribute changes (vm_type_epoch) — and never
 * cached once a class __dict__ was handed out (vm_attr_cache_off). */
static val_t plain_init(type_t *t) {
    if (t->init_epoch == vm_type_epoch) return t->init_fn;   /* 0 (never current) once caches are off */
    val_t init = MISSING;
    if (!user_dunder(t, N___new__) && builtin_base(t) == &object_type) {
        val_t m = type_lookup(t, N___init__);
        if (m && is_type(m, &function_type)) init = m;
    }
    t->init_fn = init;
    t->init_epoch = vm_attr_cache_off ? 0 : vm_type_epoch;
    return init;
}

val_t type_call(val_t fn, int npos, int nkw, const val_t *args) {
    type_t *t = TYPE(fn);
    if (t == &type_type && npos == 1 && nkw == 0) return V(type_of(args[0]));
    if (!(t->flags & TF_USER)) {
        if (!t->make) raise_type_error("cannot create '%s' instances", t->name);
        return t->make(t, npos, nkw, args);
    }
    val_t pinit = plain_init(t);
    if (pinit) {   /* object.__new__ then the Python __init__, as below, without the lookups */
        int n = npos + nkw + (nkw ? 1 : 0);
        val_t *a = __builtin_alloca((size_t)(n + 1) * sizeof(val_t));
        for (int i = 0; i < n; i++) a[i + 1] = args[i];
        val_t obj = inst_new(t);
        a[0] = obj;
        val_t r = func_call(pinit, npos + 1, nkw, a);
        if (r != NONE) raise_type_error("__init__() should return None, not '%s'", type_name(r));
        return obj;
    }
    /* user class: __new__ then __init__ */
    val_t newm = user_dunder(t, N___new__);
    val_t obj;
    int n = npos + nkw + (nkw ? 1 : 0);
    val_t *a = __builtin_alloca((size_t)(n + 1) * sizeof(val_t));
    for (int i = 0; i < n; i++) a[i + 1] = args[i];
    if (newm) {
        a[0] = fn;
        val_t f = is_type(newm, &staticmethod_type) ? ((wrapper_t *)newm)->fn : newm;
        obj = call(f, npos + 1, nkw, a);
        if (!isinstance_of(obj, t)) return obj;
    } else {
        const type_t *b = builtin_base(t);
        if (b->flags & TF_EXCEPTION) {
            /* BaseException.__init__ takes no keywords: only a Python __init__ may */
            if (nkw && !init_is_custom(t)) raise_type_error("%s() takes no keyword arguments", t->name);
            obj = exc_new(t, tuple_new((size_t)npos, args));
        }
        else if (fills_in_init(b)) obj = rebox_as(b->make(b, 0, 0, NULL), t);
        else if (b != &object_type && b->make && b != &type_type) {
            extern val_t rebox_as(val_t v, const type_t *t);
            obj = rebox_as(b->make(b, npos, nkw, args), t);
        } else if (b == &type_type) {
            obj = b->make(t, npos, nkw, args);
            return obj;
        } else obj = inst_new(t);
    }
    val_t init = type_lookup(t, N___init__);
    if (init && (is_type(init, &function_type))) {
        a[0] = obj;
        val_t r = func_call(init, npos + 1, nkw, a);
        if (r != NONE) raise_type_error("__init__() should return None, not '%s'", type_name(r));
    } else if (init && fills_in_init(builtin_base(t)) && is_type(init, &native_type)) {
        a[0] = obj;   /* the builtin base's own __init__ (list.__init__, ...) fills the instance */
        call(init, npos + 1, nkw, a);
    } else if (!newm && (npos || nkw) && builtin_base(t) == &object_type && !init_is_custom(t)) {
        raise_type_error("%S() takes no arguments", t->qualname);
    }
    return obj;
}

bool init_is_custom(const type_t *t);
bool init_is_custom(const type_t *t) {
    val_t init = type_lookup(t, N___init__);
    return init && is_type(init, &function_type);
}

/* CPython's wording: the heads of the sequences still to merge, each named once, in order */
__attribute__((noreturn)) static void mro_error(const val_t *seqs, const size_t *pos, size_t nseq) {
    sbuf_t b; sb_init(&b, 64);
    sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    for (size_t i = 0, named = 0; i < nseq; i++) {
        tuple_t *s = TUPLE(seqs[i]);
        if (pos[i] >= s->len) continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pos[j] < TUPLE(seqs[j])->len && TUPLE(seqs[j])->items[pos[j]] == s->items[pos[i]];
        if (seen) continue;
        if (named++) sb_add(&b, ", ", 2);
        sb_adds(&b, TYPE(s->items[pos[i]])->name);
    }
    raise_type_error("%S", sb_finish(&b));
}

/* C3 linearisation */
static val_t c3_mro(type_t *t, val_t bases) {
    tuple_t *bs = TUPLE(bases);
    size_t nseq = bs->len + 1;
    val_t *seqs = __builtin_alloca(nseq * sizeof(val_t));
    size_t *pos = __builtin_alloca(nseq * sizeof(size_t));
    for (size_t i = 0; i < bs->len; i++) {
        type_t *b = TYPE(bs->items[i]);
        if (b->mro) seqs[i] = b->mro;
        else {
            val_t l = list_new(0, NULL);
            for (const type_t *p = b; p; p = p->base_type) list_append(l, V(p));
            if (TUPLE(list_new(0, NULL)) && LIST(l)->items[LIST(l)->len - 1] != V(&object_type)) list_append(l, V(&object_type));
            seqs[i] = tuple_new(LIST(l)->len, LIST(l)->items);
        }
        pos[i] = 0;
    }
    seqs[bs->len] = bases; pos[bs->len] = 0;
    val_t out = list_new(0, NULL);
    list_append(out, V(t));
    for (;;) {
        bool any = false;
        val_t cand = MISSING;
        for (size_t i = 0; i < nseq; i++) {
            tuple_t *s = TUPLE(seqs[i]);
            if (pos[i] >= s->len) continue;
            any = true;
            val_t c = s->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                tuple_t *s2 = TUPLE(seqs[j]);
                for (size_t k = pos[j] + 1; k < s2->len; k++) if (s2->items[k] == c) { in_tail = true; break; }
            }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (!cand) mro_error(seqs, pos, nseq);
        list_append(out, cand);
        for (size_t i = 0; i < nseq; i++) {
            tuple_t *s = TUPLE(seqs[i]);
            if (pos[i] < s->len && s->items[pos[i]] == cand) pos[i]++;
        }
    }
    return tuple_new(LIST(out)->len, LIST(out)->items);
}

static val_t type_make(const type_t *meta, int npos, int nkw, const val_t *args) {
    if (npos == 1) return V(type_of(args[0]));
    if (npos != 3) raise_type_error("type() takes 1 or 3 arguments");
    val_t name = args[0], bases = args[1], ns = args[2];
    if (TUPLE(bases)->len == 0) bases = tuple_new(1, (val_t[]){ V(&object_type) });
    type_t *t = new_obj(meta == &type_type ? &type_type : meta, sizeof(type_t));
    t->base.type = meta;
    t->name = CSTR(name);
    t->qualname = name;
    t->flags = TF_USER | TF_BASETYPE | TF_HAS_DICT;
    t->bases = bases;
    t->dict = dict_copy(ns);
    if (!dict_get_str(t->dict, N___module__) && vm_current_frame && vm_current_frame->globals) {
        /* type(name, bases, ns) called directly: the calling module's, as a class statement's */
        val_t mod = dict_get_str(vm_current_frame->globals, N___name__);
        if (mod) dict_set(t->dict, N___module__, mod);
    }
    tuple_t *bs = TUPLE(bases);
    type_t *first = TYPE(bs->items[0]);
    for (size_t i = 0; i < bs->len; i++) {
        if (!is_type(bs->items[i], &type_type) && !isinstance_of(bs->items[i], &type_type))
            raise_type_error("bases must be types");
        if (!(TYPE(bs->items[i])->flags & TF_BASETYPE))
            raise_type_error("type '%s' is not an acceptable base type", TYPE(bs->items[i])->name);
    }
    t->base_type = first;
    const type_t *bb = builtin_base(first);
    for (size_t i = 1; i < bs->len; i++) {
        const type_t *ob = builtin_base(TYPE(bs->items[i]));
        if (ob != &object_type && bb == &object_type) bb = ob;
    }
    t->instance_size = bb->instance_size < sizeof(inst_t) ? sizeof(inst_t) : bb->instance_size;
    if (bb == &object_type) {   /* instances keep attributes in a slot layout (layout.c) */
        t->dict_offset = 8;
        t->flags |= TF_SLOTS;
        t->instance_size = (uint32_t)(sizeof(sinst_t) + layout_room(t) * sizeof(val_t));
    } else if (bb->flags & TF_EXCEPTION) t->dict_offset = 8;
    else if (bb == &list_type || bb == &dict_type || bb == &set_type || bb == &float_type || bb == &frozenset_type) {
        t->dict_offset = bb->instance_size;   /* fixed-size builtin layouts: the dict follows them */
        t->instance_size = bb->instance_size + sizeof(val_t);
    } else t->dict_offset = DICT_AT_END;  /* variable-size layouts (int, str, tuple, bytes) */
    if (bb->flags & TF_EXCEPTION) t->flags |= TF_EXCEPTION;
    t->mro = c3_mro(t, bases);
    val_t qn = dict_get_str(t->dict, N___qualname__);
    if (qn) { t->qualname = qn; dict_del(t->dict, N___qualname__); }
    t->repr = user_repr; t->str = user_str; t->hash = user_hash; t->compare = user_compare;
    t->binary = user_binary; t->unary_neg = user_neg; t->unary_pos = user_pos; t->unary_invert = user_invert;
    t->truth = user_truth; t->call = user_call; t->getattr = user_getattr_slot; t->setattr = user_setattr;
    t->subscr = user_subscr; t->len = user_len; t->iter = user_iter; t->iternext = user_iternext;
    t->contains = user_contains;
    t->make = bb->make;
    /* functions defined in the body become methods; __init_subclass__ and __class_getitem__
     * are implicit classmethods */
    if (dict_get_str(t->dict, N___eq__) && !dict_get_str(t->dict, N___hash__)) dict_set(t->dict, N___hash__, NONE);
    val_t isc = dict_get_str(t->dict, N___init_subclass__);
    if (isc && is_type(isc, &function_type)) {
        wrapper_t *w = new_obj(&classmethod_type, sizeof(wrapper_t)); w->fn = isc;
        dict_set(t->dict, N___init_subclass__, V(w));
    }
    val_t nw = dict_get_str(t->dict, N___new__);
    if (nw && is_type(nw, &function_type)) {
        wrapper_t *w = new_obj(&staticmethod_type, sizeof(wrapper_t)); w->fn = nw;
        dict_set(t->dict, N___new__, V(w));
    }
    /* __set_name__ on attributes */
    size_t p = 0; val_t k, v;
    while ((k = dict_iternext_entry(t->dict, &p, &v))) {
        if (!IS_SMALL(v) && (OBJ(v)->type->flags & TF_USER)) {
            val_t sn = type_lookup(OBJ(v)->type, N___set_name__);
            if (sn) { val_t a[3] = { v, V(t), k }; call(sn, 3, 0, a); }
        }
    }
    /* parent's __init_subclass__ */
    if (t->mro && TUPLE(t->mro)->len > 1) {
        for (size_t i = 1; i < TUPLE(t->mro)->len; i++) {
            type_t *c = TYPE(TUPLE(t->mro)->items[i]);
            if (!(c->flags & TF_USER)) break;
            val_t m = dict_get_str(c->dict, N___init_subclass__);
            if (m && is_type(m, &classmethod_type)) {
                val_t a[1] = { V(t) };
                int nk = nkw;
                if (nk) {
                    int n = nkw + 1;
                    val_t *aa = __builtin_alloca((size_t)(n + 1) * sizeof(val_t));
                    aa[0] = V(t);
                    for (int j = 0; j < n; j++) aa[j + 1] = args[npos + j];
                    call(((wrapper_t *)m)->fn, 1, nkw, aa);
                } else call(((wrapper_t *)m)->fn, 1, 0, a);
                break;
            }
        }
    }
    return V(t);
}

static val_t type_getattr(val_t v, val_t name) {
    type_t *t = TYPE(v);
    if (name == N___name__) return str_from_c(t->name);
    if (name == N___qualname__) return t->qualname ? t->qualname : str_from_c(t->name);
    if (name == N___mro__) {
        if (t->mro) return t->mro;
        val_t l = list_new(0, NULL);
        const type_t *p = t;
        for (; p; p = p->base_type) { list_append(l, V(p)); if (p == &object_type) break; }
        if (!p) list_append(l, V(&object_type));   /* chains that stop short of object */
        return tuple_new(LIST(l)->len, LIST(l)->items);
    }
    if (name == N___bases__) {
        if (t->bases) return t->bases;
        if (t == &object_type) return empty_tuple;
        val_t b = V(t->base_type ? t->base_type : &object_type);
        return tuple_new(1, &b);
    }
    if (name == N___base__) return t->base_type ? V(t->base_type) : (t == &object_type ? NONE : V(&object_type));
    if (name == N___dict__) {
        if (t->flags & TF_USER) { vm_attr_cache_off = true; vm_type_epoch++; } /* the program may now change it directly */
        return type_dict(t) ? t->dict : dict_new();
    }
    if (name == N___doc__) { val_t d = t->dict ? dict_get_str(t->dict, N___doc__) : MISSING; return d ? d : NONE; }
    val_t m = with_slot_wrapper(t, name, type_lookup(t, name));
    if (m) {
        const type_t *mt = type_of(m);
        if (mt == &staticmethod_type) return ((wrapper_t *)m)->fn;
        if (mt == &classmethod_type) return bound_new(v, ((wrapper_t *)m)->fn);
        if (mt == &property_type) return m;
        if ((mt->flags & TF_USER)) {
            val_t get = type_lookup(mt, N___get__);
            if (get) { val_t a[3] = { m, NONE, v }; return call(get, 3, 0, a); }
        }
        return m;
    }
    /* methods of the metaclass (type) */
    const type_t *meta = OBJ(v)->type;
    if (meta != &type_type && meta->dict) {
        val_t mm = type_lookup(meta, name);
        if (mm) return bind_descriptor(mm, v, meta);
    }
    if (name == N___module__) return str_intern_c("builtins");
    if (name == N___class__) return V(meta);
    return MISSING;
}
static bool type_setattr(val_t v, val_t name, val_t value) {
    type_t *t = TYPE(v);
    if (!(t->flags & TF_USER)) raise_type_error("cannot set '%S' attribute of immutable type '%s'", name, t->name);
    vm_type_epoch++; /* attribute caches (attrcache.c) re-check every class */
    if (value) dict_set(t->dict, name, value);
    else if (!dict_del(t->dict, name)) raise_msg(&AttributeError_type, "type object '%s' has no attribute '%S'", t->name, name);
    return true;
}
static val_t type_compare(int op, val_t a, val_t b) {
    if (op == CMP_EQ) return BOOL(a == b);
    if (op == CMP_NE) return BOOL(a != b);
    return MISSING;
}
static val_t type_binary(int op, val_t a, val_t b) {
    (void)op; (void)a; (void)b;
    return MISSING; /* X | Y unions are not supported */
}
static val_t type_mro_m(val_t self) {
    val_t m = type_getattr(self, N___mro__);
    return list_new(TUPLE(m)->len, TUPLE(m)->items);
}
static val_t type_subclasses_m(val_t self) { (void)self; return list_new(0, NULL); }
const method_def_t type_methods[] = {
    NATIVE("mro", type_mro_m, MK_FIXED, 1, 1),
    NATIVE("__subclasses__", type_subclasses_m, MK_FIXED, 1, 1),
    NATIVE_END,
};
type_t type_type = { { &type_type }, "type", TF_BASETYPE, sizeof(type_t), .repr = type_repr, .hash = id_hash,
    .call = type_call, .compare = type_compare, .binary = type_binary, .getattr = type_getattr,
    .setattr = type_setattr, .make = type_make, .methods = type_methods, .base_type = &object_type };

/* ---- builtin slots as methods: list.__getitem__(xs, 0), (1).__add__(2), super().__setitem__ ----
 * A builtin type's operators live in its type record's slots, not in its method table. These
 * static natives expose them by name (no heap): each dispatches through the slots of the builtin
 * base of its first argument's type, so one object serves every type that has the slot; which
 * types have which name is slot_wrapper's table. Attribute loads (generic_getattr, type_getattr,
 * super, the method cache) find them where CPython's types have the name; type_lookup does not,
 * so the user-class slots' dunder checks are unchanged. */
static inline const type_t *self_base(val_t self) { return builtin_base(type_of(self)); }
static val_t not_impl(val_t r) { return r ? r : V(&notimpl_obj); }
static val_t slot_getitem(val_t self, val_t k) {
    const type_t *b = self_base(self);
    val_t r = b->subscr ? b->subscr(self, k, SUBSCR_LOAD) : MISSING;
    if (!r) raise_type_error("'%s' object is not subscriptable", b->name);
    return r;
}
static val_t slot_setitem(val_t self, val_t k, val_t v) {
    const type_t *b = self_base(self);
    if (!b->subscr || !b->subscr(self, k, v)) raise_type_error("'%s' object does not support item assignment", b->name);
    return NONE;
}
static val_t slot_delitem(val_t self, val_t k) {
    const type_t *b = self_base(self);
    if (!b->subscr || !b->subscr(self, k, SUBSCR_DEL)) raise_type_error("'%s' object doesn't support item deletion", b->name);
    return NONE;
}
static val_t slot_len(val_t self) { const type_t *b = self_base(self); return MKSMALL(b->len ? b->len(self) : 0); }
static val_t slot_contains(val_t self, val_t x) { const type_t *b = self_base(self); return BOOL(b->contains && b->contains(self, x) == 1); }
static val_t slot_iter(val_t self) { const type_t *b = self_base(self); if (!b->iter) raise_type_error("not iterable"); return b->iter(self); }
static val_t slot_next(val_t self) {
    val_t r = self_base(self)->iternext(self);
    if (!r) raise(exc_new(&StopIteration_type, empty_tuple));
    return r;
}
static val_t slot_repr(val_t self) { const type_t *b = self_base(self); return b->repr ? b->repr(self) : object_repr(self); }
static val_t slot_str(val_t self) {
    const type_t *b = self_base(self);
    /* str.__str__ of a subclass's instance is its text as a plain str (str has no str slot) */
    if (b == &str_type) return IS_STR(self) ? self : str_new(CSTR(self), STR(self)->len);
    return b->str ? b->str(self) : slot_repr(self);
}
static val_t slot_hash(val_t self) { const type_t *b = self_base(self); return int_from_i64(b->hash ? b->hash(self) : id_hash(self)); }
static val_t slot_bool(val_t self) { return BOOL(self_base(self)->truth(self) > 0); }
static val_t slot_call(int npos, int nkw, const val_t *args) { return self_base(args[0])->call(args[0], npos - 1, nkw, args + 1); }
static val_t slot_cmp(int op, val_t self, val_t o) {
    const type_t *b = self_base(self);
    /* (3).__eq__(3.0) is NotImplemented: float's reflected method compares mixed values */
    if ((b == &int_type || b == &bool_type) && !isinstance_of(o, &int_type)) return V(&notimpl_obj);
    return not_impl(b->compare ? b->compare(op, self, o) : MISSING);
}
static val_t slot_binary(int op, val_t self, val_t o) {
    const type_t *b = self_base(self);
    /* int.__add__(1, 1.5) is NotImplemented: float's reflected method does mixed arithmetic */
    if ((b == &int_type || b == &bool_type) && !isinstance_of(o, &int_type)) return V(&notimpl_obj);
    return not_impl(b->binary ? b->binary(op, self, o) : MISSING);
}
static val_t slot_unary(val_t self, int op) {
    const type_t *b = self_base(self);
    unary_fn f = op == UN_NEG ? b->unary_neg : op == UN_POS ? b->unary_pos : b->unary_invert;
    return f(self);
}
/* the value of an instance of a user subclass of int, float or str as the builtin's own value
 * (so the builtin __format__/__int__ below never come back to the subclass's methods) */
static val_t base_value(val_t self) {
    const type_t *b = self_base(self);
    if (!(type_of(self)->flags & TF_USER)) return self;
    if (b == &int_type) return int_binary(OP_ADD, self, MKSMALL(0));
    if (b == &float_type) return float_new(float_of(self));
    if (b == &str_type) return str_new(CSTR(self), STR(self)->len);
    return self;
}
static val_t slot_format(val_t self, val_t spec) {
    extern val_t format_value(val_t v, val_t spec);
    if (!IS_STR(spec)) raise_type_error("__format__() argument must be str, not %s", type_name(spec));
    return format_value(base_value(self), spec);
}
static val_t slot_int(val_t self) { extern val_t int_from_value(val_t v); return int_from_value(base_value(self)); }
static val_t slot_float(val_t self) { return float_new(float_of(self)); }
static val_t slot_abs(val_t self) {
    val_t v = base_value(self);
    if (is_type(v, &bool_type)) v = MKSMALL(((bool_t *)v)->value);
    bool neg = IS_FLOAT(v) ? float_of(v) < 0 || (float_of(v) == 0 && 1 / float_of(v) < 0) : int_sign(v) < 0;
    return neg ? obj_unary(UN_NEG, v) : v;
}
#define CMP_WRAPPER(name, op) static val_t slot_##name(val_t s, val_t o) { return slot_cmp(op, s, o); }
CMP_WRAPPER(eq, CMP_EQ) CMP_WRAPPER(ne, CMP_NE) CMP_WRAPPER(lt, CMP_LT)
CMP_WRAPPER(le, CMP_LE) CMP_WRAPPER(gt, CMP_GT) CMP_WRAPPER(ge, CMP_GE)
/* forward and reflected (op | 32: the slot's own operand is the right one) */
#define BIN_WRAPPERS(name, op) \
    static val_t slot_##name(val_t s, val_t o) { return slot_binary(op, s, o); } \
    static val_t slot_r##name(val_t s, val_t o) { return slot_binary((op) | 32, s, o); }
BIN_WRAPPERS(add, OP_ADD) BIN_WRAPPERS(sub, OP_SUB) BIN_WRAPPERS(mul, OP_MUL)
BIN_WRAPPERS(truediv, OP_TRUEDIV) BIN_WRAPPERS(floordiv, OP_FLOORDIV) BIN_WRAPPERS(mod, OP_MOD)
BIN_WRAPPERS(pow, OP_POW) BIN_WRAPPERS(lshift, OP_LSHIFT) BIN_WRAPPERS(rshift, OP_RSHIFT)
BIN_WRAPPERS(and, OP_AND) BIN_WRAPPERS(or, OP_OR) BIN_WRAPPERS(xor, OP_XOR)
static val_t slot_neg(val_t s) { return slot_unary(s, UN_NEG); }
static val_t slot_pos(val_t s) { return slot_unary(s, UN_POS); }
static val_t slot_invert(val_t s) { return slot_unary(s, UN_INVERT); }

/* which builtin types have a name: a slot they fill, or (operators) a bitmask over enum binop */
enum { SW_SUBSCR, SW_MUTABLE, SW_LEN, SW_CONTAINS, SW_ITER, SW_NEXT, SW_REPR, SW_HASH, SW_BOOL, SW_CALL,
       SW_CMP, SW_NUMBER, SW_FORMAT, SW_NEG, SW_POS, SW_INVERT, SW_BINOP, SW_RBINOP };
typedef struct { method_def_t def; uint8_t needs; uint8_t op; } slot_wrapper_t;
#define SW(name, fn, kind, n, needs, op) { NATIVE(name, fn, kind, n, n), needs, op }
#define SW_BIN(name, op) SW("__" #name "__", slot_##name, MK_FIXED, 2, SW_BINOP, op), \
                         SW("__r" #name "__", slot_r##name, MK_FIXED, 2, SW_RBINOP, op)
static const slot_wrapper_t slot_wrappers[] = {
    SW("__getitem__", slot_getitem, MK_FIXED, 2, SW_SUBSCR, 0),
    SW("__setitem__", slot_setitem, MK_FIXED, 3, SW_MUTABLE, 0),
    SW("__delitem__", slot_delitem, MK_FIXED, 2, SW_MUTABLE, 0),
    SW("__len__", slot_len, MK_FIXED, 1, SW_LEN, 0),
    SW("__contains__", slot_contains, MK_FIXED, 2, SW_CONTAINS, 0),
    SW("__iter__", slot_iter, MK_FIXED, 1, SW_ITER, 0),
    SW("__next__", slot_next, MK_FIXED, 1, SW_NEXT, 0),
    SW("__repr__", slot_repr, MK_FIXED, 1, SW_REPR, 0),
    SW("__str__", slot_str, MK_FIXED, 1, SW_REPR, 0),
    SW("__hash__", slot_hash, MK_FIXED, 1, SW_HASH, 0),
    SW("__bool__", slot_bool, MK_FIXED, 1, SW_BOOL, 0),
    { { { &native_type }, "__call__", (val_t (*)())slot_call, MK_KW, 1, -1 }, SW_CALL, 0 },
    SW("__eq__", slot_eq, MK_FIXED, 2, SW_CMP, 0), SW("__ne__", slot_ne, MK_FIXED, 2, SW_CMP, 0),
    SW("__lt__", slot_lt, MK_FIXED, 2, SW_CMP, 0), SW("__le__", slot_le, MK_FIXED, 2, SW_CMP, 0),
    SW("__gt__", slot_gt, MK_FIXED, 2, SW_CMP, 0), SW("__ge__", slot_ge, MK_FIXED, 2, SW_CMP, 0),
    SW("__format__", slot_format, MK_FIXED, 2, SW_FORMAT, 0),
    SW("__int__", slot_int, MK_FIXED, 1, SW_NUMBER, 0),
    SW("__float__", slot_float, MK_FIXED, 1, SW_NUMBER, 0),
    SW("__abs__", slot_abs, MK_FIXED, 1, SW_NUMBER, 0),
    SW("__neg__", slot_neg, MK_FIXED, 1, SW_NEG, 0), SW("__pos__", slot_pos, MK_FIXED, 1, SW_POS, 0),
    SW("__invert__", slot_invert, MK_FIXED, 1, SW_INVERT, 0),
    SW_BIN(add, OP_ADD), SW_BIN(sub, OP_SUB), SW_BIN(mul, OP_MUL), SW_BIN(truediv, OP_TRUEDIV),
    SW_BIN(floordiv, OP_FLOORDIV), SW_BIN(mod, OP_MOD), SW_BIN(pow, OP_POW), SW_BIN(lshift, OP_LSHIFT),
    SW_BIN(rshift, OP_RSHIFT), SW_BIN(and, OP_AND), SW_BIN(or, OP_OR), SW_BIN(xor, OP_XOR),
};
#define B(op) (1u << (op))
/* the binary operators CPython's builtin types define, forward (*fwd) and reflected (*refl) */
static void binops_of(const type_t *b, unsigned *fwd, unsigned *refl) {
    unsigned arith = B(OP_ADD) | B(OP_SUB) | B(OP_MUL) | B(OP_TRUEDIV) | B(OP_FLOORDIV) | B(OP_MOD) | B(OP_POW);
    unsigned bits = B(OP_LSHIFT) | B(OP_RSHIFT) | B(OP_AND) | B(OP_OR) | B(OP_XOR);
    unsigned sets = B(OP_AND) | B(OP_OR) | B(OP_SUB) | B(OP_XOR);
    if (b == &int_type || b == &bool_type) *fwd = *refl = arith | bits;
    else if (b == &float_type) *fwd = *refl = arith;
    else if (b == &set_type || b == &frozenset_type) *fwd = *refl = sets;
    else if (b == &dict_type) *fwd = *refl = B(OP_OR);
    else if (b == &str_type || b == &bytes_type || b == &bytearray_type) { *fwd = B(OP_ADD) | B(OP_MUL) | B(OP_MOD); *refl = B(OP_MUL) | B(OP_MOD); }
    else if (b == &list_type || b == &tuple_type) { *fwd = B(OP_ADD) | B(OP_MUL); *refl = B(OP_MUL); }
    else *fwd = *refl = 0;
}
static bool has_slot(const type_t *b, const slot_wrapper_t *w) {
    unsigned fwd, refl;
    bool number = b == &int_type || b == &bool_type || b == &float_type;
    switch (w->needs) {
    case SW_SUBSCR: return b->subscr != NULL;
    case SW_MUTABLE: return b == &list_type || b == &dict_type || b == &bytearray_type;
    case SW_LEN: return b->len != NULL;
    case SW_CONTAINS: return b->contains != NULL;
    case SW_ITER: return b->iter != NULL;
    case SW_NEXT: return b->iternext != NULL;
    case SW_REPR: return b->repr != NULL && b != &object_type && !(b->flags & TF_EXCEPTION);   /* BaseException's table has them */
    case SW_HASH: return b->hash != NULL && b != &object_type;
    case SW_BOOL: return b->truth != NULL;
    case SW_CALL: return b->call != NULL;
    case SW_CMP: return b->compare != NULL && b != &object_type;
    case SW_NUMBER: return number;
    case SW_FORMAT: return number || b == &str_type;
    case SW_NEG: return b->unary_neg != NULL;
    case SW_POS: return b->unary_pos != NULL;
    case SW_INVERT: return b->unary_invert != NULL;
    case SW_BINOP: binops_of(b, &fwd, &refl); return (fwd >> w->op) & 1;
    case SW_RBINOP: binops_of(b, &fwd, &refl); return (refl >> w->op) & 1;
    }
    return false;
}
/* the wrapper for a dunder name on builtin type b, NONE for __hash__ of an unhashable builtin
 * (list.__hash__ is None), else MISSING */
static val_t slot_wrapper(const type_t *b, val_t name) {
    if (b == &object_type) return MISSING;
    const char *s = CSTR(name);
    for (size_t i = 0; i < sizeof slot_wrappers / sizeof slot_wrappers[0]; i++) {
        const slot_wrapper_t *w = &slot_wrappers[i];
        if (cstrcmp(w->def.name, s) != 0) continue;
        if (has_slot(b, w)) return V(&w->def);
        if (w->needs == SW_HASH && b->compare) return NONE;
        return MISSING;
    }
    return MISSING;
}
/* What attribute loads find for `name` on type t, given m = type_lookup(t, name): a builtin
 * base's slot wrapper replaces nothing found or object's generic method (object.__repr__ would
 * show <list object at ...>). Names that are not dunders cost two byte compares. */
static val_t with_slot_wrapper(const type_t *t, val_t name, val_t m) {
    const char *s = CSTR(name);
    if (s[0] != '_' || s[1] != '_') return m;
    if (m && m != dict_get_str(type_dict(&object_type), name)) return m;
    val_t w = slot_wrapper(builtin_base(t), name);
    return w ? w : m;
}
val_t type_lookup_attr(const type_t *t, val_t name) { return with_slot_wrapper(t, name, type_lookup(t, name)); }

/* ---- super ---- */
static val_t super_getattr(val_t v, val_t name) {
    super_t *s = (super_t *)v;
    const type_t *start = TYPE(s->type);
    const type_t *ot = is_type(s->obj, &type_type) || (s->obj && isinstance_of(s->obj, &type_type) && is_subtype(TYPE(s->obj), start)) ? TYPE(s->obj) : type_of(s->obj);
    val_t mro = ot->mro;
    if (!mro) mro = type_getattr(V(ot), N___mro__);
    tuple_t *m = TUPLE(mro);
    size_t i = 0;
    while (i < m->len && m->items[i] != V(start)) i++;
    for (i++; i < m->len; i++) {
        type_t *c = TYPE(m->items[i]);
        val_t r = MISSING;
        if (type_dict(c)) r = dict_get_str(c->dict, name);
        if (r) {
            const type_t *rt = type_of(r);
            if (rt == &staticmethod_type) return ((wrapper_t *)r)->fn;
            if (rt == &classmethod_type) return bound_new(V(ot), ((wrapper_t *)r)->fn);
            if (ot == TYPE(s->obj) && is_type(s->obj, &type_type) && name != N___new__) return r;
            if (name == N___new__) return r;
            return bind_descriptor(r, s->obj, ot);
        }
        if (!(c->flags & TF_USER) && c != &object_type && !is_type(s->obj, &type_type)) {
            val_t sm = slot_wrapper(c, name);   /* a builtin base's slot, as a method */
            if (sm) return sm == NONE ? NONE : bound_new(s->obj, sm);
        }
    }
    return MISSING;
}
static val_t super_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t; (void)nkw;
    super_t *s = new_obj(&super_type, sizeof(super_t));
    if (npos == 2) { s->type = args[0]; s->obj = args[1]; return V(s); }
    if (npos != 0) raise_type_error("super() takes 0 or 2 arguments");
    frame_t *f = vm_current_frame;
    const code_info_t *ci = f ? f->ci : NULL;
    if (!ci || ci->argcount == 0 || !f->slots[0]) raise_msg(&RuntimeError_type, "super(): no arguments");
    val_t cls = MISSING;
    for (int i = 0; i < ci->nfrees; i++) {
        val_t n = ci->derefnames[ci->ncells + i];
        if (cstrcmp(CSTR(n), "__class__") == 0) cls = ((cell_t *)f->slots[ci->nlocals + ci->ncells + i])->value;
    }
    if (!cls) raise_msg(&RuntimeError_type, "super(): __class__ cell not found");
    s->type = cls;
    s->obj = f->slots[0];
    return V(s);
}
static val_t super_repr(val_t v) {
    super_t *s = (super_t *)v;
    return str_printf("<super: <class '%s'>, <%s object>>", TYPE(s->type)->name, type_name(s->obj));
}
type_t super_type = { { &type_type }, "super", 0, sizeof(super_t), .repr = super_repr,
    .make = super_make, .getattr = super_getattr, .base_type = &object_type };

/* ---- __build_class__ ---- */
extern val_t run_function_with_locals(val_t fnv, val_t locals);
static val_t builtin_build_class(int npos, int nkw, const val_t *args) {
    if (npos < 2) raise_type_error("__build_class__: not enough arguments");
    val_t func = args[0], name = args[1];
    val_t bases = tuple_new((size_t)npos - 2, args + 2);
    val_t meta = kwarg(npos, nkw, args, "metaclass", MISSING);
    if (!meta) {
        meta = V(&type_type);
        for (size_t i = 0; i < TUPLE(bases)->len; i++) {
            const type_t *mt = type_of(TUPLE(bases)->items[i]);
            if (mt != &type_type && is_subtype(mt, TYPE(meta))) meta = V(mt);
        }
    }
    val_t ns = dict_new();
    val_t cell = run_function_with_locals(func, ns);
    /* name, bases, namespace, then the class keywords but metaclass (to __init_subclass__, or
     * to the metaclass) with their names tuple, as a call passes keywords */
    val_t *cls_args = __builtin_alloca((size_t)(3 + nkw + 1) * sizeof(val_t));
    cls_args[0] = name; cls_args[1] = bases; cls_args[2] = ns;
    int nk = 0;
    for (int i = 0; i < nkw; i++) {
        val_t k = TUPLE(args[npos + nkw])->items[i];
        if (cstrcmp(CSTR(k), "metaclass") == 0) continue;
        cls_args[3 + nk++] = args[npos + i];
    }
    if (nk) {
        val_t names = tuple_alloc((size_t)nk);
        for (int i = 0, j = 0; i < nkw; i++) {
            val_t k = TUPLE(args[npos + nkw])->items[i];
            if (cstrcmp(CSTR(k), "metaclass") != 0) TUPLE(names)->items[j++] = k;
        }
        cls_args[3 + nk] = names;
    }
    val_t cls;
    if (meta == V(&type_type)) cls = type_make(&type_type, 3, nk, cls_args);
    else cls = call(meta, 3, nk, cls_args);
    if (is_type(cell, &cell_type)) {
        ((cell_t *)cell)->value = cls;
        if (is_type(cls, &type_type) || isinstance_of(cls, &type_type)) dict_del(TYPE(cls)->dict, str_intern_c("__classcell__"));
    }
    return cls;
}

static val_t next_m(val_t self) {
    val_t r = obj_next(self);
    if (!r) raise(exc_new(&StopIteration_type, empty_tuple));
    return r;
}
static val_t iter_m(val_t self) { return obj_iter(self); }
/* static native objects (no heap): __next__/__iter__ of builtin iterators, __build_class__ */
static const method_def_t next_native_def = NATIVE("__next__", next_m, MK_FIXED, 1, 1);
static const method_def_t iter_native_def = NATIVE("__iter__", iter_m, MK_FIXED, 1, 1);
const method_def_t build_class_native = NATIVE("__build_class__", builtin_build_class, MK_KW, 0, -1);
val_t next_native = V(&next_native_def), iter_native = V(&iter_native_def);
val_t build_class_fn = V(&build_class_native);
void object_init_module(void) {
    cmp_names[CMP_LT] = N___lt__; cmp_names[CMP_LE] = N___le__; cmp_names[CMP_EQ] = N___eq__;
    cmp_names[CMP_NE] = N___ne__; cmp_names[CMP_GT] = N___gt__; cmp_names[CMP_GE] = N___ge__;
}

/* A builtin value re-made as an instance of user subclass t: a copy of its allocation (with room
 * for t's extra fields) whose type is t. Small ints become boxed big-int layouts. */
val_t rebox_as(val_t v, const type_t *t) {
    if (IS_SMALL(v)) {   /* boxed as a big-int layout; copied below to make room for a dict */
        extern val_t int_box(val_t v, const type_t *t);
        v = int_box(v, t);
        if (t->dict_offset != DICT_AT_END) return v;
    }
    size_t have = gc_block_bytes((void *)v);
    /* a str's bytes follow its header: a static one (a name in flash) has no heap block to
     * measure, so its size comes from its length */
    if (IS_STR(v)) have = offsetof(str_t, data) + STR(v)->len + 1;
    if (!have) have = type_of(v)->instance_size;
    size_t size = have > t->instance_size ? have : t->instance_size;
    if (t->dict_offset == DICT_AT_END) size = have + sizeof(val_t);
    else if (t->dict_offset && t->dict_offset + sizeof(val_t) > size) size = t->dict_offset + sizeof(val_t);
    obj_t *o = gc_alloc(size);
    memcpy_(o, (void *)v, have);
    o->type = t;
    /* an instance of a str subclass is never the interned object: str_eq must compare its bytes */
    if (IS_STR(v)) ((str_t *)o)->interned = 0;
    if (t->dict_offset) *inst_dict_slot(V(o)) = MISSING;
    return V(o);
}
