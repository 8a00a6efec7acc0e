/* number.c — the int and float type records: constructors int(x, base) / float(x), mixed int/float
 * arithmetic and comparison, repr via lib/num, and the numeric methods. */
#include "vm.h"
#include "gc.h"
#include "../lib/num/bigint.h"
#include "../lib/num/intfmt.h"
#include "../lib/num/fltfmt.h"
#include "../lib/num/fltops.h"

extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
val_t int_bit_length(val_t v);
val_t int_invert(val_t v);
val_t int_neg(val_t v);
val_t int_powmod(val_t a, val_t b, val_t m);

static inline val_t as_int(val_t v) { return is_type(v, &bool_type) ? MKSMALL(((bool_t *)v)->value) : v; }
/* v as an exact int: an int subclass's instance gives a plain int of its value (int.__index__, +x) */
static val_t exact_int(val_t v) {
    v = as_int(v);
    return IS_SMALL(v) || is_type(v, &int_type) ? v : int_binary(OP_ADD, v, MKSMALL(0));
}

/* ---- float ---- */
val_t float_new(double d) {
    float_t *f = new_obj(&float_type, sizeof(float_t));
    f->value = d;
    return V(f);
}
double float_of(val_t v) {
    if (IS_SMALL(v)) return (double)SMALL(v);
    if (IS_FLOAT(v) || isinstance_of(v, &float_type)) return ((float_t *)v)->value;
    if (IS_INT(v) || isinstance_of(v, &int_type)) return int_to_double(as_int(v));
    if (type_of(v)->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___float__, &self);
        if (m) return float_of(self ? call1(m, self) : call0(m));
    }
    raise_type_error("must be real number, not %s", type_name(v));
}
static val_t float_repr(val_t v) {
    char buf[FLT_REPR_MAX + 8];
    size_t n = flt_repr(((float_t *)v)->value, buf);
    return str_new(buf, n);
}
static intptr_t float_hash(val_t v) {
    double d = ((float_t *)v)->value;
    if (d != d) return (intptr_t)(v >> 4);
    return (intptr_t)num_hash_double(d);
}
static bool is_num(val_t v) { return IS_INT(v) || IS_FLOAT(v) || isinstance_of(v, &float_type) || isinstance_of(v, &int_type); }
static val_t float_compare(int op, val_t a, val_t b) {
    if (!is_num(b)) return MISSING;
    double x = ((float_t *)a)->value;
    int c;
    bool exact_int = IS_INT(b) && !(IS_SMALL(b) && SMALL(b) > -(1LL << 53) && SMALL(b) < (1LL << 53));
    if (exact_int && x == x && x != 1.0 / 0.0 && x != -1.0 / 0.0) {
        /* exact comparison of a float with a big int */
        double fl = flt_floor(x);
        val_t xi = int_from_double(fl);
        val_t r = int_compare(CMP_EQ, xi, b);
        if (r == TRUE_V) c = x > fl ? 1 : 0;
        else c = int_compare(CMP_LT, xi, b) == TRUE_V ? -1 : 1;
    } else if (IS_INT(b) && x - x != 0 && x == x) {
        c = x > 0 ? 1 : -1;   /* infinity against any int */
    } else {
        double y = float_of(b);
        if (x != x || y != y) return BOOL(op == CMP_NE);
        c = x < y ? -1 : x > y;
    }
    switch (op) {
    case CMP_LT: return BOOL(c < 0); case CMP_LE: return BOOL(c <= 0);
    case CMP_EQ: return BOOL(c == 0); case CMP_NE: return BOOL(c != 0);
    case CMP_GT: return BOOL(c > 0); default: return BOOL(c >= 0);
    }
}
double math_pow(double x, double y);
val_t float_binary_d(int op, double x, double y) {
    switch (op) {
    case OP_ADD: return float_new(x + y);
    case OP_SUB: return float_new(x - y);
    case OP_MUL: return float_new(x * y);
    case OP_TRUEDIV:
        if (y == 0.0) raise_msg(&ZeroDivisionError_type, "float division by zero");
        return float_new(x / y);
    case OP_FLOORDIV: case OP_MOD: {
        if (y == 0.0) raise_msg(&ZeroDivisionError_type, op == OP_MOD ? "float modulo" : "float floor division by zero");
        double q, m;
        flt_divmod(x, y, &q, &m);
        return float_new(op == OP_MOD ? m : q);
    }
    case OP_POW:
        /* y finite in both tests: 0.0 ** -inf is inf, (-2.0) ** nan is nan, as CPython has them */
        if (x == 0.0 && y < 0 && y - y == 0) raise_msg(&ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        if (x < 0 && x - x == 0 && y - y == 0 && y != flt_floor(y)) raise_msg(&ValueError_type, "complex results are not supported");
        {
            double r = math_pow(x, y);
            if (r - r != 0 && r == r && x - x == 0 && y - y == 0) {
                val_t a[2] = { MKSMALL(34), str_from_c("Numerical result out of range") };
                raise(exc_new(&OverflowError_type, tuple_new(2, a)));
            }
            return float_new(r);
        }
    }
    return MISSING;
}
static val_t float_binary(int op, val_t a, val_t b) {
    if (!is_num(b)) return MISSING;
    double x = ((float_t *)a)->value, y = float_of(b);
    if (op & 32) { double t = x; x = y; y = t; }
    return float_binary_d(op & 15, x, y);
}
static val_t float_neg(val_t a) { return float_new(-((float_t *)a)->value); }
static val_t float_pos(val_t a) { return a; }
static int float_truth(val_t a) { return ((float_t *)a)->value != 0.0; }
val_t str_strip_ws(val_t s);
static val_t float_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    args_check("float", npos, nkw, 0, 1);
    if (npos == 0) return float_new(0.0);
    val_t v = args[0];
    if (IS_FLOAT(v)) return v;
    if (isinstance_of(v, &str_type)) {   /* str subclasses too: their text */
        double d;
        if (flt_parse(CSTR(v), STR(v)->len, &d) != NUM_OK)
            raise_msg(&ValueError_type, "could not convert string to float: %R", v);
        return float_new(d);
    }
    return float_new(float_of(v));
}
static val_t float_is_integer_m(val_t self) { double d = ((float_t *)self)->value; return BOOL(d == flt_floor(d) && d - d == 0); }
/* float.hex(): [-]0x<lead>.<13 hex digits>p<exp>, lead 1 for normal numbers, 0 for subnormal */
typedef union { double d; uint64_t u; } fbits_t;
static val_t float_hex_m(val_t self) {
    fbits_t b = { .d = ((float_t *)self)->value };
    bool neg = b.u >> 63;
    int e = (int)((b.u >> 52) & 0x7FF);
    uint64_t m = b.u & ((1ull << 52) - 1);
    if (e == 0x7FF) return str_from_c(m ? "nan" : neg ? "-inf" : "inf");
    if (e == 0 && m == 0) return str_from_c(neg ? "-0x0.0p+0" : "0x0.0p+0");
    static const char hx[] = "0123456789abcdef";
    sbuf_t sb; sb_init(&sb, 32);
    if (neg) sb_addc(&sb, '-');
    sb_adds(&sb, e ? "0x1." : "0x0.");
    for (int sh = 48; sh >= 0; sh -= 4) sb_addc(&sb, hx[(m >> sh) & 15]);
    int x = e ? e - 1023 : -1022;
    sb_addc(&sb, 'p'); sb_addc(&sb, x < 0 ? '-' : '+');
    char digits[8]; int nd = 0;
    for (unsigned ux = (unsigned)(x < 0 ? -x : x); nd == 0 || ux; ux /= 10) digits[nd++] = (char)('0' + ux % 10);
    while (nd) sb_addc(&sb, digits[--nd]);
    return sb_finish(&sb);
}
/* d * 2**e in steps that stay within the normal exponent range */
static double scale2(double d, long e) {
    while (e > 1000) { d *= 0x1p1000; e -= 1000; }
    while (e < -1000) { d *= 0x1p-1000; e += 1000; }
    fbits_t p = { .u = (uint64_t)(e + 1023) << 52 };
    return d * p.d;
}
static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 32;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
static bool word_at(const char *p, const char *end, const char *w) {
    for (; *w; w++, p++) if (p >= end || (*p | 32) != *w) return false;
    return true;
}
static bool hex_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
/* float.fromhex(s): up to 15 significant hex digits are kept exactly, the rest fold into a
 * sticky bit, so the int -> double conversion rounds once, correctly (normal results) */
static val_t float_fromhex_m(int n, const val_t *args) {
    (void)n;
    val_t sv = args[1];
    if (!IS_STR(sv)) raise_type_error("must be str, not %s", type_name(sv));
    const char *p = CSTR(sv), *end = p + STR(sv)->len;
    while (p < end && hex_space(*p)) p++;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    double d;
    if (word_at(p, end, "infinity")) { d = 1.0 / 0.0; p += 8; }
    else if (word_at(p, end, "inf")) { d = 1.0 / 0.0; p += 3; }
    else if (word_at(p, end, "nan")) { d = 0.0 / 0.0; p += 3; }
    else {
        if (word_at(p, end, "0x")) p += 2;
        uint64_t mant = 0; long exp = 0; int kept = 0, ndigits = 0; bool sticky = false, frac = false;
        for (; p < end; p++) {
            if (*p == '.' && !frac) { frac = true; continue; }
            int v = hex_digit(*p);
            if (v < 0) break;
            ndigits++;
            if (kept < 15 && (kept || v)) { mant = mant * 16 + (uint64_t)v; kept++; if (frac) exp -= 4; }
            else if (kept >= 15) { sticky |= v != 0; if (!frac) exp += 4; }
            else if (frac) exp -= 4;       /* a leading zero after the point */
        }
        if (!ndigits) raise_msg(&ValueError_type, "invalid hexadecimal floating-point string");
        if (p < end && (*p | 32) == 'p') {
            p++;
            bool eneg = p < end && *p == '-';
            if (p < end && (*p == '-' || *p == '+')) p++;
            long e = 0; int ed = 0;
            for (; p < end && *p >= '0' && *p <= '9'; p++, ed++) if (e < 100000) e = e * 10 + (*p - '0');
            if (!ed) raise_msg(&ValueError_type, "invalid hexadecimal floating-point string");
            exp += eneg ? -e : e;
        }
        if (mant == 0) d = 0.0;
        else {
            d = scale2((double)((mant << 4) | sticky), exp - 4);
            if (d - d != 0) raise_msg(&OverflowError_type, "hexadecimal value too large to represent as a float");
        }
    }
    while (p < end && hex_space(*p)) p++;
    if (p != end) raise_msg(&ValueError_type, "invalid hexadecimal floating-point string");
    val_t r = float_new(neg ? -d : d);
    return is_type(args[0], &type_type) && TYPE(args[0]) != &float_type ? call1(args[0], r) : r;
}
static val_t float_as_integer_ratio_m(val_t self) {
    double d = ((float_t *)self)->value;
    if (d != d) raise_msg(&ValueError_type, "cannot convert NaN to integer ratio");
    if (d - d != 0) raise_msg(&OverflowError_type, "cannot convert Infinity to integer ratio");
    val_t den = MKSMALL(1);
    int guard = 0;
    while (d != flt_floor(d) && guard++ < 1100) { d *= 2; den = int_binary(OP_MUL, den, MKSMALL(2)); }
    val_t pair[2] = { int_from_double(d), den };
    return tuple_new(2, pair);
}
static val_t float_conjugate_m(val_t self) { return self; }
static const method_def_t float_methods[] = {
    NATIVE("is_integer", float_is_integer_m, MK_FIXED, 1, 1),
    NATIVE("hex", float_hex_m, MK_FIXED, 1, 1),
    NATIVE("fromhex", float_fromhex_m, MK_CLASS_VAR, 2, 2),
    NATIVE("as_integer_ratio", float_as_integer_ratio_m, MK_FIXED, 1, 1),
    NATIVE("conjugate", float_conjugate_m, MK_FIXED, 1, 1),
    NATIVE_END,
};
static val_t float_getattr(val_t v, val_t name) {
    if (name == N_real) return v;
    if (name == N_imag) return float_new(0.0);
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
type_t float_type = { { &type_type }, "float", TF_BASETYPE, sizeof(float_t), .repr = float_repr, .hash = float_hash,
    .compare = float_compare, .binary = float_binary, .unary_neg = float_neg, .unary_pos = float_pos,
    .truth = float_truth, .make = float_make, .methods = float_methods,
    .getattr = float_getattr, .base_type = &object_type };

/* ---- int ---- */
static val_t int_repr(val_t v) { return int_to_str_base(v, 10, false); }
intptr_t int_type_hash(val_t v) { return int_hash(as_int(v)); }
val_t int_type_compare(int op, val_t a, val_t b) {
    if (IS_INT(b) || isinstance_of(b, &int_type)) return int_compare(op, as_int(a), as_int(b));
    if (IS_FLOAT(b)) {
        static const int sw[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
        return float_compare(sw[op], b, a);
    }
    return MISSING;
}
val_t int_type_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    if (IS_FLOAT(b)) {
        double x = int_to_double(as_int(a)), y = ((float_t *)b)->value;
        if (op & 32) { double t = x; x = y; y = t; }
        return float_binary_d(bop, x, y);
    }
    if (!(IS_INT(b) || isinstance_of(b, &int_type))) return MISSING;
    a = as_int(a); b = as_int(b);
    if (op & 32) { val_t t = a; a = b; b = t; }
    if (bop == OP_MATMUL) return MISSING;
    val_t r = int_binary(bop, a, b);
    if (!r && bop == OP_POW) return float_binary_d(OP_POW, int_to_double(a), int_to_double(b));
    return r;
}
val_t int_unary_neg(val_t a) { return int_neg(as_int(a)); }
val_t int_unary_pos(val_t a) { return exact_int(a); }
val_t int_unary_invert(val_t a) { return int_invert(as_int(a)); }
static int int_truth(val_t a) { return int_sign(a) != 0; }

val_t int_from_value(val_t v) {
    if (IS_SMALL(v)) return v;
    if (is_type(v, &bool_type)) return as_int(v);
    if (is_type(v, &int_type)) return v;
    if (IS_FLOAT(v)) return int_from_double(((float_t *)v)->value);
    if (IS_STR(v)) {
        bool ok;
        val_t r = int_from_str(CSTR(v), STR(v)->len, 10, &ok);
        if (!ok) raise_msg(&ValueError_type, "invalid literal for int() with base 10: %R", v);
        return r;
    }
    if (type_of(v)->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___int__, &self);
        if (!m) m = lookup_method(v, N___index__, &self);
        if (!m) m = lookup_method(v, N___trunc__, &self);
        if (m) return self ? call1(m, self) : call0(m);
        /* subclasses of float and str without those methods: their value's */
        if (isinstance_of(v, &float_type)) return int_from_double(float_of(v));
        if (isinstance_of(v, &str_type)) return int_from_value(str_new(CSTR(v), STR(v)->len));
    }
    raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(v));
}
static val_t int_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    val_t base = kwarg(npos, nkw, args, "base", MISSING);
    if (npos > 2) raise_type_error("int() takes at most 2 arguments (%d given)", npos);
    if (npos == 2) base = args[1];
    if (npos == 0) return MKSMALL(0);
    if (!base) return int_from_value(args[0]);
    intptr_t b = int_index(base, "int() base");
    if (b != 0 && (b < 2 || b > 36)) raise_msg(&ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    val_t s = args[0];
    if (!IS_STR(s)) raise_type_error("int() can't convert non-string with explicit base");
    bool ok;
    val_t r = int_from_str(CSTR(s), STR(s)->len, (int)b, &ok);
    if (!ok) raise_msg(&ValueError_type, "invalid literal for int() with base %d: %R", (int)b, s);
    return r;
}
static val_t int_bit_length_m(val_t self) { return int_bit_length(as_int(self)); }
static val_t int_bit_count_m(val_t self) {
    val_t v = as_int(self);
    intptr_t c = 0;
    if (IS_SMALL(v)) { intptr_t x = SMALL(v); uint64_t u = x < 0 ? (uint64_t)-x : (uint64_t)x; c = __builtin_popcountll(u); return MKSMALL(c); }
    val_t s = int_to_str_base(v, 2, false);
    for (size_t i = 0; i < STR(s)->len; i++) c += CSTR(s)[i] == '1';
    return MKSMALL(c);
}
static val_t int_conjugate_m(val_t self) { return exact_int(self); }
static val_t int_as_integer_ratio_m(val_t self) {
    val_t a[2] = { exact_int(self), MKSMALL(1) };
    return tuple_new(2, a);
}
static val_t int_to_bytes_m(int npos, int nkw, const val_t *args) {
    val_t v = as_int(args[0]);
    intptr_t len = npos > 1 ? int_index(args[1], "length") : int_index(kwarg(npos, nkw, args, "length", MKSMALL(1)), "length");
    val_t order = npos > 2 ? args[2] : kwarg(npos, nkw, args, "byteorder", str_from_c("big"));
    bool little = cstrcmp(CSTR(order), "little") == 0;
    bool sgn = obj_truth(kwarg(npos, nkw, args, "signed", FALSE_V));
    if (!sgn && int_sign(v) < 0) raise_msg(&OverflowError_type, "can't convert negative int to unsigned");
    uint8_t *buf = gc_alloc((size_t)len + 1);
    val_t x = v;
    for (intptr_t i = 0; i < len; i++) {
        val_t byte = int_binary(OP_AND, x, MKSMALL(255));
        buf[little ? i : len - 1 - i] = (uint8_t)SMALL(byte);
        x = int_binary(OP_RSHIFT, x, MKSMALL(8));
    }
    if (!(int_sign(x) == 0 || (sgn && SMALL(x) == -1))) raise_msg(&OverflowError_type, "int too big to convert");
    return bytes_new(buf, (size_t)len);
}
static val_t int_from_bytes_m(int npos, int nkw, const val_t *args) {
    val_t data = npos > 1 ? args[1] : kwarg(npos, nkw, args, "bytes", MISSING);
    val_t order = npos > 2 ? args[2] : kwarg(npos, nkw, args, "byteorder", str_from_c("big"));
    bool little = cstrcmp(CSTR(order), "little") == 0;
    bool sgn = obj_truth(kwarg(npos, nkw, args, "signed", FALSE_V));
    val_t l = list_from_iter(data);
    size_t n = LIST(l)->len;
    val_t r = MKSMALL(0);
    for (size_t i = 0; i < n; i++) {
        val_t byte = LIST(l)->items[little ? n - 1 - i : i];
        r = int_binary(OP_OR, int_binary(OP_LSHIFT, r, MKSMALL(8)), byte);
    }
    if (sgn && n && (SMALL(LIST(l)->items[little ? n - 1 : 0]) & 0x80))
        r = int_binary(OP_SUB, r, int_binary(OP_LSHIFT, MKSMALL(1), MKSMALL((intptr_t)(8 * n))));
    return r;
}
static val_t int_index_m(val_t self) { return exact_int(self); }
static const method_def_t int_methods[] = {
    NATIVE("bit_length", int_bit_length_m, MK_FIXED, 1, 1),
    NATIVE("bit_count", int_bit_count_m, MK_FIXED, 1, 1),
    NATIVE("conjugate", int_conjugate_m, MK_FIXED, 1, 1),
    NATIVE("as_integer_ratio", int_as_integer_ratio_m, MK_FIXED, 1, 1),
    NATIVE("to_bytes", int_to_bytes_m, MK_KW, 1, -1),
    NATIVE("from_bytes", int_from_bytes_m, MK_CLASS_KW, 1, -1),
    NATIVE("__index__", int_index_m, MK_FIXED, 1, 1),
    NATIVE_END,
};
/* int's data attributes (bool's too: True.real is 1) */
val_t int_getattr(val_t v, val_t name) {
    if (name == N_real) return exact_int(v);
    if (name == N_imag) return MKSMALL(0);
    if (cstrcmp(CSTR(name), "numerator") == 0) return exact_int(v);
    if (cstrcmp(CSTR(name), "denominator") == 0) return MKSMALL(1);
    extern val_t generic_getattr(val_t, val_t);
    return generic_getattr(v, name);
}
type_t int_type = { { &type_type }, "int", TF_BASETYPE, sizeof(bigint_t), .repr = int_repr, .hash = int_type_hash,
    .compare = int_type_compare, .binary = int_type_binary, .unary_neg = int_unary_neg, .unary_pos = int_unary_pos,
    .unary_invert = int_unary_invert, .truth = int_truth, .make = int_make,
    .methods = int_methods, .getattr = int_getattr, .base_type = &object_type };

/* pow(a, b, m) */
val_t number_powmod(val_t a, val_t b, val_t m) {
    if (!IS_INT(a) || !IS_INT(b) || !IS_INT(m)) raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    return int_powmod(as_int(a), as_int(b), as_int(m));
}
