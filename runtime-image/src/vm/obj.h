/* obj.h — the object model every VM file shares: what a value is, what every object starts with,
 * what a type record holds, and the small helpers (raise, call, compare) the types use.
 *
 * A value (val_t) is one machine word:
 *   - low bit 1: a small int, the value shifted left by one (63-bit signed range);
 *   - otherwise: a pointer to an object, 8-byte aligned. Heap objects sit on 16-byte GC blocks;
 *     constant objects (None, True, False, builtin types and functions) live in .data/.rodata and
 *     the GC ignores them because they are outside the heap.
 * Every object starts with a pointer to its type record (obj_t). A type record is itself an object
 * of type `type`; a user class is a heap-allocated type record with the same shape.
 * 0 is never a valid value: functions use it for "no value" (not found, iterator exhausted). */
#ifndef RIVET_OBJ_H
#define RIVET_OBJ_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdarg.h>

#ifndef RIVET_FRAME_HOLDS_FUNCTION
#define RIVET_FRAME_HOLDS_FUNCTION 1
#endif

typedef uintptr_t val_t;
typedef struct type type_t;
typedef struct obj { const type_t *type; } obj_t;

#define MISSING ((val_t)0)

/* ---- small ints ---- */
#define IS_SMALL(v) (((v) & 1) != 0)
#define SMALL(v) ((intptr_t)(v) >> 1)
#define MKSMALL(i) ((val_t)(((uintptr_t)(intptr_t)(i) << 1) | 1))
#define SMALL_MAX (INTPTR_MAX >> 1)
#define SMALL_MIN (INTPTR_MIN >> 1)
static inline bool fits_small(int64_t i) { return i >= SMALL_MIN && i <= SMALL_MAX; }

#define OBJ(v) ((obj_t *)(v))
#define V(p) ((val_t)(p))
static inline const type_t *type_of(val_t v);

/* ---- the type record ---- */
enum binop {
    /* numbering is the VM's own; the dispatcher maps the ISA's operator numbers to these */
    OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT,
    OP_AND, OP_OR, OP_XOR, OP_MATMUL, OP_NBINOPS,
    OP_INPLACE = 16, /* OP_INPLACE + op: the in-place variants (a += b) */
};
enum cmpop { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };
enum unop { UN_NEG, UN_POS, UN_INVERT, UN_NOT };

typedef val_t (*unary_fn)(val_t a);
typedef val_t (*binary_fn)(int op, val_t a, val_t b); /* returns MISSING for NotImplemented */
typedef val_t (*call_fn)(val_t fn, int npos, int nkw, const val_t *args);
/* attr: load when *dest==MISSING on entry... see attr_op below */
typedef val_t (*getattr_fn)(val_t obj, val_t name);          /* MISSING: not found */
typedef bool (*setattr_fn)(val_t obj, val_t name, val_t value); /* value MISSING: delete */
typedef val_t (*subscr_fn)(val_t obj, val_t index, val_t value); /* value 0: load, 1: del, else store */
typedef val_t (*iternext_fn)(val_t it);                      /* MISSING: exhausted */
typedef intptr_t (*hash_fn)(val_t a);
typedef val_t (*cmp_fn)(int op, val_t a, val_t b);           /* MISSING: NotImplemented */
typedef intptr_t (*len_fn)(val_t a);                         /* -1: no length */
typedef int (*contains_fn)(val_t container, val_t item);     /* -1: not supported */

#define SUBSCR_LOAD ((val_t)0)
#define SUBSCR_DEL ((val_t)2) /* an even, non-pointer value never passed as a real value */

enum type_flags {
    TF_USER = 1,          /* a class created by a class statement */
    TF_BASETYPE = 2,      /* may be subclassed */
    TF_EXCEPTION = 4,     /* instances are exc_t */
    TF_HAS_DICT = 8,      /* instances have a dict at byte offset dict_offset (8 for inst_t/exc_t) */
    TF_ITER_SELF = 16,
    TF_SLOTS = 32,        /* user classes over object: instances are sinst_t (slot layout, object.c) */
    TF_GETATTR_DATA = 64, /* a builtin type whose getattr slot adds data attributes only, never one
                           * that hides its methods: LOAD_METHOD caches those as for a type with
                           * no getattr (attrcache.c's builtin_method; generator's send) */
};

struct type {
    obj_t base;
    const char *name;
    uint32_t flags;
    uint32_t instance_size;      /* bytes of an instance (for allocation by subclasses) */
    unary_fn repr, str;
    hash_fn hash;
    cmp_fn compare;
    binary_fn binary;            /* a OP b with a of this type (and reflected: b of this type) */
    unary_fn unary_neg, unary_pos, unary_invert;
    int (*truth)(val_t a);       /* -1: default (true) */
    call_fn call;
    getattr_fn getattr;
    setattr_fn setattr;
    subscr_fn subscr;
    len_fn len;
    unary_fn iter;
    iternext_fn iternext;
    contains_fn contains;
    val_t (*make)(const type_t *t, int npos, int nkw, const val_t *args); /* t(...) */
    const struct method_def *methods; /* static table, turned into `dict` at startup */
    val_t dict;                   /* class attribute dict */
    val_t bases;                  /* tuple */
    val_t mro;                    /* tuple of types, self first */
    const type_t *base_type;      /* first base (for builtin layout) */
    val_t qualname;
    uint32_t dict_offset;         /* where an instance keeps its attribute dict (TF_HAS_DICT) */
    uint32_t inst_attrs;          /* user classes: most attributes STORE_ATTR gave an instance (attrcache.c presizes new instance dicts with it) */
    uint32_t init_epoch;          /* user classes: vm_type_epoch when init_fn was found (type_call) */
    uint32_t nlayout;             /* TF_SLOTS: names in layout */
    val_t *layout;                /* TF_SLOTS: the instances' slot names in order (heap, LAYOUT_MAX), or NULL */
    val_t init_fn;                /* the Python __init__ of a class built by object.__new__, or MISSING */
};

/* a static native method table entry: laid out as a native function object (native_t), so the
 * tables in .data are the builtin function objects themselves and cost no heap */
typedef struct method_def {
    obj_t base;                  /* &native_type */
    const char *name;
    val_t (*fn)();               /* see kind */
    uint8_t kind;                /* MK_* */
    int8_t min, max;             /* argument counts including self; max -1: unlimited */
} method_def_t;
#define NATIVE(name, fn, kind, min, max) { { &native_type }, name, (val_t (*)())(fn), kind, min, max }
#define NATIVE_END { { NULL }, NULL, NULL, 0, 0, 0 }
enum { MK_FIXED, MK_VAR, MK_KW, MK_STATIC_VAR, MK_CLASS_VAR, MK_CLASS_KW };

/* ---- builtin object layouts ---- */
typedef struct { obj_t base; } none_t;
typedef struct { obj_t base; intptr_t value; } bool_t;
typedef struct { obj_t base; double value; } float_t;
typedef struct {
    obj_t base;
    uint32_t len;        /* bytes */
    uint32_t nchars;     /* code points */
    intptr_t hash;       /* -1: not computed */
    uint8_t interned;
    uint8_t ascii;
    char data[];         /* NUL-terminated */
} str_t;
typedef struct { obj_t base; size_t len; intptr_t hash; uint8_t data[]; } bytes_t;
typedef struct { obj_t base; size_t len, cap; val_t *items; } list_t;  /* also bytearray uses own */
typedef struct { obj_t base; size_t len, cap; uint8_t *data; } bytearray_t;
typedef struct { obj_t base; size_t len; val_t items[]; } tuple_t;
typedef struct { val_t key, value; intptr_t hash; } dict_entry_t;
typedef struct {
    obj_t base;
    size_t used;          /* live entries */
    size_t nentries;      /* entries slots in use (incl. deleted) */
    size_t cap;           /* entries capacity */
    size_t mask;          /* index table size - 1 */
    dict_entry_t *entries;
    int32_t *index;       /* -1 empty, -2 deleted, else entry number */
} dict_t;
typedef struct { val_t key; intptr_t hash; } set_entry_t;
typedef struct {
    obj_t base;
    size_t used, fill, mask;
    set_entry_t *table;   /* key MISSING: empty; key DUMMY: deleted */
} set_t;
typedef struct { obj_t base; intptr_t start, stop, step; } range_t;
typedef struct { obj_t base; intptr_t cur, stop, step; } rangeit_t;   /* range_iter_type (iter.c; vm.c's FOR_ITER) */
typedef struct { obj_t base; val_t start, stop, step; } slice_t;
typedef struct { obj_t base; val_t value; } cell_t;
typedef struct { obj_t base; val_t self, fn; } boundmeth_t;
typedef struct { obj_t base; val_t fn; } wrapper_t; /* staticmethod / classmethod */
typedef struct { obj_t base; val_t fget, fset, fdel, doc; } property_t;
typedef struct { obj_t base; val_t dict; } inst_t;   /* instance of a user class */
/* An instance of a TF_SLOTS class (object.c, "slot layout"): while dict is MISSING its attributes
 * are exactly the class layout's first nslots names, in that insertion order, in slots[]; once
 * its dict exists (__dict__, a delete, a name out of layout order) nslots = capslots = 0 and the
 * dict holds everything, as in an inst_t. */
typedef struct { obj_t base; val_t dict; uint32_t nslots, capslots; val_t slots[]; } sinst_t;
#define LAYOUT_MAX 16
val_t slot_get(val_t obj, val_t name);
bool slot_store(val_t obj, val_t name, val_t value);
val_t inst_materialize(val_t obj);
bool inst_has_attr(val_t obj, val_t name);
uint16_t layout_slot(const type_t *t, val_t name);
typedef struct { obj_t base; val_t dict; val_t name; } module_t;
typedef struct { obj_t base; const char *name; val_t (*fn)(); uint8_t kind; int8_t min, max; } native_t;
typedef struct { obj_t base; val_t type, obj; } super_t;
typedef struct {
    obj_t base;
    val_t dict;           /* user attributes (subclasses) — same offset as inst_t */
    val_t args;           /* tuple */
    val_t traceback;      /* list of (code, line) pairs as a tuple-list, or MISSING */
    val_t cause, context;
    bool suppress_context;
    val_t value;          /* StopIteration.value, SystemExit.code cache */
} exc_t;

/* big ints (heap), backed by H6's limb library */
typedef struct { obj_t base; int sign; size_t n; uint32_t limbs[]; } bigint_t;

/* ---- core singletons and types ---- */
extern none_t none_obj;
extern bool_t true_obj, false_obj;
extern obj_t notimpl_obj, ellipsis_obj;
#define NONE V(&none_obj)
#define TRUE_V V(&true_obj)
#define FALSE_V V(&false_obj)
#define BOOL(b) ((b) ? TRUE_V : FALSE_V)

extern type_t type_type, object_type, none_type, bool_type, int_type, float_type, str_type,
    bytes_type, bytearray_type, list_type, tuple_type, dict_type, set_type, frozenset_type,
    range_type, slice_type, function_type, native_type, boundmeth_type, builtin_boundmeth_type, cell_type, module_type,
    staticmethod_type, classmethod_type, property_type, super_type, generator_type,
    code_type, notimpl_type, ellipsis_type, iterator_type, dictview_type;

static inline const type_t *type_of(val_t v) {
    return IS_SMALL(v) ? &int_type : OBJ(v)->type;
}
static inline bool is_type(val_t v, const type_t *t) { return !IS_SMALL(v) && OBJ(v)->type == t; }
#define IS_STR(v) is_type(v, &str_type)
#define IS_INT(v) (IS_SMALL(v) || is_type(v, &int_type) || is_type(v, &bool_type))
#define IS_TUPLE(v) is_type(v, &tuple_type)
#define IS_LIST(v) is_type(v, &list_type)
#define IS_DICT(v) is_type(v, &dict_type)
#define IS_FLOAT(v) is_type(v, &float_type)
#define STR(v) ((str_t *)(v))
#define LIST(v) ((list_t *)(v))
#define TUPLE(v) ((tuple_t *)(v))
#define DICT(v) ((dict_t *)(v))
#define TYPE(v) ((type_t *)(v))
bool is_subtype(const type_t *t, const type_t *base);
bool isinstance_of(val_t v, const type_t *t);

/* ---- memory ---- */
void *gc_alloc(size_t bytes);             /* zeroed; raises MemoryError when exhausted */
void *gc_realloc(void *p, size_t old_bytes, size_t new_bytes);
void gc_free(void *p);
void *gc_alloc_noraise(size_t bytes);
__attribute__((noreturn)) void gc_raise_heap_full(void);
/* gc_alloc with its NULL test in the caller: one call instead of two for every object (gc.c) */
static inline void *gc_alloc_inline(size_t bytes) {
    void *p = gc_alloc_noraise(bytes);
    if (__builtin_expect(p == NULL, 0)) gc_raise_heap_full();
    return p;
}
#define NEW(T) ((T *)gc_alloc_inline(sizeof(T)))
static inline void *new_obj(const type_t *t, size_t size) {
    obj_t *o = gc_alloc_inline(size); o->type = t; return o;
}

/* the slots a new instance of TF_SLOTS class t gets: its layout as it stands, three while the
 * layout is empty, to learn it (odd counts: the 16-byte block is full anyway). t->instance_size
 * follows it (layout.c), so new_obj(t, t->instance_size) makes the same room (capslots is then
 * set from the block size on the first store). */
static inline uint32_t layout_room(const type_t *t) {
    uint32_t cap = t->nlayout ? (t->nlayout | 1) : 3;
    return cap > LAYOUT_MAX ? LAYOUT_MAX : cap;
}
/* a new instance of user class t */
static inline val_t inst_new(const type_t *t) {
    if (!(t->flags & TF_SLOTS)) return V(new_obj(t, t->instance_size ? t->instance_size : sizeof(inst_t)));
    uint32_t cap = layout_room(t);
    sinst_t *o = new_obj(t, sizeof(sinst_t) + cap * sizeof(val_t));
    o->capslots = cap;
    return V(o);
}

/* ---- errors (non-local return; see nlr.h) ---- */
__attribute__((noreturn)) void raise(val_t exc);
__attribute__((noreturn)) void raise_again(val_t exc);  /* propagate without new context/traceback state */
__attribute__((noreturn)) void raise_msg(type_t *t, const char *fmt, ...);
__attribute__((noreturn)) void raise_type_error(const char *fmt, ...);
extern type_t BaseException_type, Exception_type, TypeError_type, ValueError_type,
    IndexError_type, KeyError_type, AttributeError_type, NameError_type,
    UnboundLocalError_type, ZeroDivisionError_type, OverflowError_type, StopIteration_type,
    RuntimeError_type, RecursionError_type, NotImplementedError_type, MemoryError_type,
    AssertionError_type, ArithmeticError_type, LookupError_type, SystemExit_type,
    KeyboardInterrupt_type, GeneratorExit_type, ImportError_type, ModuleNotFoundError_type,
    UnicodeError_type, UnicodeDecodeError_type, UnicodeEncodeError_type, OSError_type,
    EOFError_type, StopAsyncIteration_type, FloatingPointError_type, BufferError_type,
    SyntaxError_type, Warning_type, UserWarning_type, DeprecationWarning_type, ReferenceError_type,
    FileNotFoundError_type, FileExistsError_type, PermissionError_type, IsADirectoryError_type,
    NotADirectoryError_type, TimeoutError_type, ConnectionError_type;
val_t exc_new(const type_t *t, val_t args_tuple);
val_t exc_new_msg(const type_t *t, const char *fmt, ...);

/* ---- strings ---- */
val_t str_new(const char *s, size_t len);          /* not interned */
val_t str_from_c(const char *s);
val_t str_intern(const char *s, size_t len);       /* identifiers and constants */
val_t str_intern_c(const char *s);
val_t str_intern_val(val_t s);
val_t str_printf(const char *fmt, ...);            /* %s (C string) %d %ld %zu %S (val str) %R (repr) %T (type name) %c %x */
val_t str_vprintf(const char *fmt, va_list ap);
intptr_t str_hash(val_t s);
bool str_eq(val_t a, val_t b);
static inline const char *CSTR(val_t s) { return STR(s)->data; }
val_t str_concat(val_t a, val_t b);
val_t str_sub(val_t src, size_t off, size_t len);   /* bytes [off, off+len) of str src */
uint32_t vm_utf8_decode(const char *s, size_t *adv);
size_t vm_utf8_encode(uint32_t c, char *out);

/* string builder for repr/str/format */
typedef struct { char *buf; size_t len, cap; void *head; } sbuf_t;   /* head: the allocation (str.c) */
void sb_init(sbuf_t *b, size_t cap);
void sb_add(sbuf_t *b, const char *s, size_t n);
void sb_addc(sbuf_t *b, char c);
void sb_adds(sbuf_t *b, const char *s);
void sb_addv(sbuf_t *b, val_t strv);
void sb_add_repr(sbuf_t *b, val_t v);
void sb_add_str(sbuf_t *b, val_t v);
val_t sb_finish(sbuf_t *b);

/* ---- generic protocol (runtime.c) ---- */
val_t obj_repr(val_t v);
val_t obj_str(val_t v);
intptr_t obj_hash(val_t v);
bool obj_eq(val_t a, val_t b);
val_t obj_compare(int op, val_t a, val_t b);
bool obj_lt(val_t a, val_t b);
bool obj_truth(val_t v);
val_t obj_binary(int op, val_t a, val_t b);
val_t obj_unary(int op, val_t a);
val_t obj_getattr(val_t obj, val_t name);          /* raises AttributeError */
val_t obj_getattr_opt(val_t obj, val_t name);      /* MISSING if not found */
void obj_setattr(val_t obj, val_t name, val_t value);
void obj_delattr(val_t obj, val_t name);
val_t obj_getitem(val_t obj, val_t index);
void obj_setitem(val_t obj, val_t index, val_t value);
void obj_delitem(val_t obj, val_t index);
intptr_t obj_len(val_t v);
val_t obj_iter(val_t v);
val_t obj_next(val_t it);                          /* MISSING when exhausted */
bool obj_contains(val_t container, val_t item);
val_t call(val_t fn, int npos, int nkw, const val_t *args);
val_t call0(val_t fn);
val_t call1(val_t fn, val_t a);
val_t call2(val_t fn, val_t a, val_t b);
val_t call_method(val_t obj, val_t name, int npos, const val_t *args); /* obj.name(*args) */
val_t lookup_method(val_t obj, val_t name, val_t *self_out); /* type-level lookup for dunders */
val_t type_lookup(const type_t *t, val_t name);
val_t type_dict(const type_t *t);                  /* installs a builtin type's methods on first use */    /* along the MRO; MISSING if absent */
intptr_t int_index(val_t v, const char *what);     /* __index__-like: int or TypeError */
intptr_t index_clipped(val_t v, const char *what);  /* a slice bound: int or __index__, clipped to the word range (list.c) */
#define SLICE_INDEX_ERROR "slice indices must be integers or None or have an __index__ method"
const char *type_name(val_t v);
val_t type_name_v(const type_t *t);
int64_t hash_mod(int64_t);

/* arguments for native functions */
void args_check(const char *fname, int npos, int nkw, int min, int max);
val_t kwarg(int npos, int nkw, const val_t *args, const char *name, val_t dflt);

/* ---- constructors of builtin containers ---- */
val_t tuple_new(size_t n, const val_t *items);
val_t tuple_alloc(size_t n);
val_t list_new(size_t n, const val_t *items);
void list_append(val_t l, val_t v);
val_t list_from_iter(val_t iterable);
val_t list_pop_at(val_t l, intptr_t i);
void list_sort(val_t l, val_t key, bool reverse);
void list_reverse(val_t l);  /* in place */
val_t dict_new(void);
val_t dict_new_sized(size_t n);                   /* room for n entries */
val_t dict_get(val_t d, val_t key);               /* MISSING if absent */
val_t dict_get_str(val_t d, val_t key);           /* str key (any str; interned: by pointer) */
intptr_t dict_find_str(val_t d, val_t key);       /* str key's entry number, -1 if absent */
void dict_set(val_t d, val_t key, val_t value);
void dict_set_str(val_t d, val_t key, val_t value);
intptr_t dict_store_str(val_t d, val_t key, val_t value); /* returns the key's entry number */
bool dict_del(val_t d, val_t key);
val_t dict_iternext_entry(val_t d, size_t *pos, val_t *value); /* key or MISSING */
val_t dict_copy(val_t d);
val_t set_new(const type_t *t);
void set_add(val_t s, val_t key);
bool set_has(val_t s, val_t key);
bool set_discard(val_t s, val_t key);
val_t set_iternext(val_t s, size_t *pos);
val_t float_new(double d);
double float_of(val_t v);                          /* int or float → double, TypeError otherwise */
val_t int_from_i64(int64_t i);
val_t int_from_u64(uint64_t u);
bool int_to_i64(val_t v, int64_t *out);            /* false on overflow */
val_t int_from_str(const char *s, size_t len, int base, bool *ok);
val_t int_to_str_base(val_t v, int base, bool prefix);
val_t int_binary(int op, val_t a, val_t b);
val_t int_compare(int op, val_t a, val_t b);
double int_to_double(val_t v);
val_t int_from_double(double d);
intptr_t int_hash(val_t v);
int int_sign(val_t v);
val_t bytes_new(const uint8_t *data, size_t len);
val_t range_new(intptr_t start, intptr_t stop, intptr_t step);
val_t native_new(const char *name, val_t (*fn)(), int kind, int min, int max);
val_t bound_new(val_t self, val_t fn);
val_t module_new(val_t name);
val_t cell_new(val_t v);
extern val_t build_class_fn;
bool init_is_custom(const type_t *t);
size_t gc_block_bytes(const void *p);
/* dict_offset of a subclass of a variable-size builtin (int, str, tuple, bytes): the dict is the
 * last word of the instance's heap block (rebox_as makes every such instance with room for it) */
#define DICT_AT_END 0xFFFFFFFFu
static inline val_t *inst_dict_slot(val_t obj) {
    if (IS_SMALL(obj)) return NULL;
    const type_t *t = OBJ(obj)->type;
    if (!(t->flags & TF_HAS_DICT)) return NULL;
    if (t->dict_offset == DICT_AT_END) return (val_t *)((char *)obj + gc_block_bytes((void *)obj) - sizeof(val_t));
    return (val_t *)((char *)obj + (t->dict_offset ? t->dict_offset : 8));
}
uintptr_t gc_head_of(const void *p);
/* keeps the allocation containing p alive until the end of the enclosing function */
#define PIN_SOURCE(p) volatile uintptr_t pinned_source_ = gc_head_of(p); (void)pinned_source_

/* ---- interned names used by the runtime (names.c) ---- */
#define NAME_LIST(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__getitem__) X(__setitem__) X(__delitem__) X(__len__) X(__iter__) \
    X(__next__) X(__contains__) X(__bool__) X(__enter__) X(__exit__) X(__name__) X(__class__) \
    X(__dict__) X(__doc__) X(__module__) X(__qualname__) X(__main__) X(__neg__) X(__pos__) \
    X(__invert__) X(__abs__) X(__index__) X(__int__) X(__float__) X(__format__) X(__get__) \
    X(__set__) X(__delete__) X(__init_subclass__) X(__mro__) X(__bases__) X(__base__) \
    X(__cause__) X(__context__) X(__traceback__) X(__suppress_context__) X(__round__) \
    X(__reversed__) X(__missing__) X(__set_name__) X(__build_class__) X(__slots__) \
    X(args) X(value) X(code) X(send) X(throw) X(close) X(write) X(keys) X(items) X(values) \
    X(sep) X(end) X(file) X(flush) X(key) X(reverse) X(default) X(start) X(stop) X(step) \
    X(self) X(real) X(imag) X(errno) X(strerror) X(filename) X(name) X(obj) X(fget) X(fset) \
    X(fdel) X(setter) X(getter) X(deleter) X(append) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__length_hint__) X(__sizeof__)
#define NAME_DECL(n) extern val_t N_##n;
NAME_LIST(NAME_DECL)
extern val_t N_binop[OP_NBINOPS], N_rbinop[OP_NBINOPS], N_ibinop[OP_NBINOPS];

/* ---- misc ---- */
extern val_t empty_tuple, empty_str;
val_t char_str(uint32_t c);                        /* single-character string (cached for ASCII) */
void vm_print(val_t s);                            /* str → UART */
void vm_write(const char *s, size_t n);
void gc_add_root(val_t *slot);
extern val_t memory_error_instance;

/* binary ops on tuples of class info */
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* libc-free helpers (freestanding) */
#define memcpy_(d, s, n) __builtin_memcpy(d, s, n)
#define memmove_(d, s, n) __builtin_memmove(d, s, n)
#define memset_(d, c, n) __builtin_memset(d, c, n)
#define memcmp_(a, b, n) __builtin_memcmp(a, b, n)
size_t cstrlen(const char *s);
int cstrcmp(const char *a, const char *b);

#endif
