/* modules.c — the builtin modules: sys (argv, exit, modules, path, stdout.write), gc (collect,
 * mem_alloc, mem_free, enable, disable, isenabled, threshold), time (ticks on the deterministic
 * clock), and math (freestanding double functions). Also the UART output path (vm_write). */
#include "vm.h"
#include "gc.h"
#include "../hal/hal.h"
#include "../lib/num/fltops.h"

val_t sys_stdout;
static val_t sys_module, gc_module, time_module, math_module;
#if RIVET_TESTBUG
/* the test-only module of variant O2-testbug (src/testbug/testbug.c) */
extern method_def_t testbug_functions[];
static val_t testbug_module;
#endif

void vm_write(const char *s, size_t n) { hal_write(s, n); }
void vm_print(val_t s) { vm_write(CSTR(s), STR(s)->len); }

static void add_val(val_t mod, const char *name, val_t v) { dict_set(((module_t *)mod)->dict, str_intern_c(name), v); }
static val_t new_module(const char *name, val_t *slot) {
    *slot = module_new(str_intern_c(name));
    gc_add_root(slot);
    dict_set(vm_modules, str_intern_c(name), *slot);
    return *slot;
}

/* ---- sys ---- */
static val_t sys_exit(val_t code) {
    val_t c = code;
    /* sys.exit() and sys.exit(None) both leave args empty, as CPython does */
    raise(exc_new(&SystemExit_type, code && code != NONE ? tuple_new(1, &c) : empty_tuple));
}
static val_t stdout_write(val_t self, val_t s) {
    (void)self;
    if (!IS_STR(s)) raise_type_error("write() argument must be str, not %s", type_name(s));
    vm_print(s);
    return MKSMALL(STR(s)->nchars);
}
static val_t stdout_flush(val_t self) { (void)self; return NONE; }
static val_t sys_getrecursionlimit(void) { return MKSMALL(1000); }
static val_t sys_setrecursionlimit(val_t n) { (void)n; return NONE; }
static val_t sys_intern(val_t s) { return str_intern_val(s); }

/* ---- gc ---- */
static val_t gc_collect_fn(void) { gc_collect(); return MKSMALL(0); }
static val_t gc_mem_alloc(void) { gc_stats_t s; gc_get_stats(&s); return MKSMALL((intptr_t)(s.total_bytes - s.free_bytes)); }
static val_t gc_mem_free(void) { gc_stats_t s; gc_get_stats(&s); return MKSMALL((intptr_t)s.free_bytes); }
static val_t gc_enable(void) { gc_enabled = true; return NONE; }
static val_t gc_disable(void) { gc_enabled = false; return NONE; }
static val_t gc_isenabled(void) { return BOOL(gc_enabled); }
static val_t gc_threshold_fn(val_t n) {
    if (!n) return MKSMALL(gc_threshold);
    gc_threshold = int_index(n, "threshold");
    return NONE;
}
static val_t gc_counts(void) {
    gc_stats_t s; gc_get_stats(&s);
    val_t t[2] = { int_from_u64(s.allocations), int_from_u64(s.collections) };
    return tuple_new(2, t);
}
/* Rivet's collector figures for the GC tools and bench/ (keys: docs/gc-race.md) */
static val_t gc_rivet_stats(void) {
    gc_stats_t s; gc_get_stats(&s);
    val_t d = dict_new();
    dict_set(d, str_intern_c("allocations"), int_from_u64(s.allocations));
    dict_set(d, str_intern_c("collections"), int_from_u64(s.collections));
    dict_set(d, str_intern_c("heap_bytes"), int_from_u64(s.total_bytes));
    dict_set(d, str_intern_c("free_bytes"), int_from_u64(s.free_bytes));
    dict_set(d, str_intern_c("freed_bytes"), int_from_u64(s.freed_bytes));
    dict_set(d, str_intern_c("live_after_last"), int_from_u64(s.last_live_bytes));
    dict_set(d, str_intern_c("collect_instructions"), int_from_u64(s.collect_ticks));
    dict_set(d, str_intern_c("last_collect_instructions"), int_from_u64(s.last_collect_ticks));
    dict_set(d, str_intern_c("instructions"), int_from_u64(hal_ticks()));  /* the clock now */
    dict_set(d, str_intern_c("stress"), BOOL(vm_boot->options & BOOT_OPT_GC_STRESS));
    dict_set(d, str_intern_c("poison"), BOOL(vm_boot->options & BOOT_OPT_GC_POISON));
    return d;
}

/* ---- time ---- */
static uint64_t clock_hz(void) { return vm_boot->clock_hz ? vm_boot->clock_hz : 1000000; }
static val_t time_ticks_ms(void) { return int_from_u64((hal_ticks() * 1000 / clock_hz()) & 0x3FFFFFFF); }
static val_t time_ticks_us(void) { return int_from_u64((uint64_t)((__uint128_t)hal_ticks() * 1000000 / clock_hz()) & 0x3FFFFFFF); }
static val_t time_ticks_cpu(void) { return int_from_u64(hal_ticks() & 0x3FFFFFFF); }
static val_t time_ticks_diff(val_t a, val_t b) {
    intptr_t d = (int_index(a, "ticks") - int_index(b, "ticks")) & 0x3FFFFFFF;
    if (d >= 0x20000000) d -= 0x40000000;
    return MKSMALL(d);
}
static val_t time_ticks_add(val_t a, val_t b) { return MKSMALL((int_index(a, "ticks") + int_index(b, "ticks")) & 0x3FFFFFFF); }
static val_t time_time(void) { return float_new((double)hal_ticks() / (double)clock_hz()); }
static val_t time_time_ns(void) { return int_from_u64((uint64_t)((__uint128_t)hal_ticks() * 1000000000u / clock_hz())); }
static void busy_wait(uint64_t ticks) { uint64_t end = hal_ticks() + ticks; while (hal_ticks() < end) { if (vm_interrupt_pending) vm_raise_interrupt(); } } /* Ctrl-C in the REPL (repl.c) */
static val_t time_sleep_ms(val_t ms) { busy_wait((uint64_t)int_index(ms, "ms") * clock_hz() / 1000); return NONE; }
static val_t time_sleep_us(val_t us) { busy_wait((uint64_t)int_index(us, "us") * clock_hz() / 1000000); return NONE; }
static val_t time_sleep(val_t s) { busy_wait((uint64_t)(float_of(s) * (double)clock_hz())); return NONE; }

/* ---- math ---- */
extern double math_sqrt(double), math_exp(double), math_log(double), math_sin(double), math_cos(double),
    math_tan(double), math_atan(double), math_atan2(double, double), math_pow(double, double), math_asin(double),
    math_acos(double);
static val_t domain_error(void) { raise_msg(&ValueError_type, "math domain error"); }
static double arg_d(val_t v) { return float_of(v); }
static val_t m_sqrt(val_t x) { double d = arg_d(x); if (d < 0) domain_error(); return float_new(math_sqrt(d)); }
static val_t m_exp(val_t x) { double r = math_exp(arg_d(x)); if (r == 1.0 / 0.0 && arg_d(x) != 1.0 / 0.0) raise_msg(&OverflowError_type, "math range error"); return float_new(r); }
static val_t m_log(val_t x, val_t base) {
    double d;
    if (IS_INT(x) && !IS_SMALL(x) && int_sign(x) > 0) {
        /* big ints: log via bit length to avoid overflow */
        extern val_t int_bit_length(val_t);
        intptr_t bits = SMALL(int_bit_length(x));
        if (bits > 1000) {
            val_t shifted = int_binary(OP_RSHIFT, x, MKSMALL(bits - 60));
            d = math_log(int_to_double(shifted)) + (double)(bits - 60) * 0.6931471805599453;
            if (base) d /= math_log(arg_d(base));
            return float_new(d);
        }
    }
    d = arg_d(x);
    if (d <= 0) domain_error();
    double r = math_log(d);
    if (base) { double b = arg_d(base); if (b <= 0) domain_error(); double lb = math_log(b); if (lb == 0) raise_msg(&ZeroDivisionError_type, "float division by zero"); r /= lb; }
    return float_new(r);
}
extern double math_log2(double);
static val_t m_log2(val_t x) { double d = arg_d(x); if (d <= 0) domain_error(); return float_new(math_log2(d)); }
static val_t m_log10(val_t x) { double d = arg_d(x); if (d <= 0) domain_error(); double r = math_log2(d) * 0.30102999566398119521; double k = (double)(int64_t)r; if (r == k) return float_new(r); return float_new(math_log(d) / 2.302585092994046); }
static val_t m_sin(val_t x) { return float_new(math_sin(arg_d(x))); }
static val_t m_cos(val_t x) { return float_new(math_cos(arg_d(x))); }
static val_t m_tan(val_t x) { return float_new(math_tan(arg_d(x))); }
static val_t m_atan(val_t x) { return float_new(math_atan(arg_d(x))); }
static val_t m_asin(val_t x) { double d = arg_d(x); if (d < -1 || d > 1) domain_error(); return float_new(math_asin(d)); }
static val_t m_acos(val_t x) { double d = arg_d(x); if (d < -1 || d > 1) domain_error(); return float_new(math_acos(d)); }
static val_t m_atan2(val_t y, val_t x) { return float_new(math_atan2(arg_d(y), arg_d(x))); }
static val_t m_pow(val_t x, val_t y) {
    double a = arg_d(x), b = arg_d(y);
    if (a < 0 && b != flt_floor(b)) domain_error();
    if (a == 0 && b < 0) domain_error();
    return float_new(math_pow(a, b));
}
static val_t m_floor(val_t x) { if (IS_INT(x)) return int_binary(OP_ADD, x, MKSMALL(0)); return int_from_double(flt_floor(arg_d(x))); }
static val_t m_ceil(val_t x) { if (IS_INT(x)) return int_binary(OP_ADD, x, MKSMALL(0)); return int_from_double(flt_ceil(arg_d(x))); }
static val_t m_trunc(val_t x) { if (IS_INT(x)) return x; return int_from_double(flt_trunc(arg_d(x))); }
static val_t m_fabs(val_t x) { double d = arg_d(x); return float_new(d < 0 ? -d : d); }
static val_t m_fmod(val_t x, val_t y) { double b = arg_d(y); if (b == 0) domain_error(); return float_new(flt_fmod(arg_d(x), b)); }
static val_t m_isnan(val_t x) { double d = arg_d(x); return BOOL(d != d); }
static val_t m_isinf(val_t x) { double d = arg_d(x); return BOOL(d == 1.0 / 0.0 || d == -1.0 / 0.0); }
static val_t m_isfinite(val_t x) { double d = arg_d(x); return BOOL(d - d == 0); }
static val_t m_copysign(val_t x, val_t y) { double a = arg_d(x), b = arg_d(y); a = a < 0 ? -a : a; return float_new((b < 0 || (b == 0 && 1 / b < 0)) ? -a : a); }
static val_t m_degrees(val_t x) { return float_new(arg_d(x) * (180.0 / 3.141592653589793)); }
static val_t m_radians(val_t x) { return float_new(arg_d(x) * (3.141592653589793 / 180.0)); }
static val_t m_hypot(val_t x, val_t y) { double a = arg_d(x), b = arg_d(y); return float_new(math_sqrt(a * a + b * b)); }
static val_t m_gcd(int n, const val_t *args) {
    val_t g = MKSMALL(0);
    for (int i = 0; i < n; i++) {
        val_t a = args[i], b = g;
        if (int_sign(a) < 0) a = obj_unary(UN_NEG, a);
        while (int_sign(b) != 0) { val_t t = int_binary(OP_MOD, a, b); a = b; b = t; }
        g = a;
    }
    return g;
}
static val_t m_factorial(val_t x) {
    if (!IS_INT(x)) raise_type_error("'%s' object cannot be interpreted as an integer", type_name(x));
    intptr_t n = int_index(x, "factorial");
    if (n < 0) raise_msg(&ValueError_type, "factorial() not defined for negative values");
    val_t r = MKSMALL(1);
    for (intptr_t i = 2; i <= n; i++) r = int_binary(OP_MUL, r, MKSMALL(i));
    return r;
}
static val_t m_isqrt(val_t x) {
    if (int_sign(x) < 0) raise_msg(&ValueError_type, "isqrt() argument must be nonnegative");
    if (int_sign(x) == 0) return MKSMALL(0);
    extern val_t int_bit_length(val_t);
    intptr_t bits = SMALL(int_bit_length(x));
    val_t r = int_binary(OP_LSHIFT, MKSMALL(1), MKSMALL((bits + 1) / 2));
    for (;;) {
        val_t nr = int_binary(OP_RSHIFT, int_binary(OP_ADD, r, int_binary(OP_FLOORDIV, x, r)), MKSMALL(1));
        if (!obj_lt(nr, r)) return r;
        r = nr;
    }
}
static val_t m_comb(val_t nv, val_t kv) {
    intptr_t n = int_index(nv, "n"), k = int_index(kv, "k");
    if (n < 0 || k < 0) raise_msg(&ValueError_type, n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
    if (k > n) return MKSMALL(0);
    if (k > n - k) k = n - k;
    val_t r = MKSMALL(1);
    for (intptr_t i = 1; i <= k; i++) r = int_binary(OP_FLOORDIV, int_binary(OP_MUL, r, MKSMALL(n - k + i)), MKSMALL(i));
    return r;
}
static val_t m_perm(val_t nv, val_t kv) {
    intptr_t n = int_index(nv, "n"), k = kv ? int_index(kv, "k") : n;
    if (k > n) return MKSMALL(0);
    val_t r = MKSMALL(1);
    for (intptr_t i = 0; i < k; i++) r = int_binary(OP_MUL, r, MKSMALL(n - i));
    return r;
}
static val_t m_prod(int npos, int nkw, const val_t *args) {
    val_t r = kwarg(npos, nkw, args, "start", MKSMALL(1));
    val_t it = obj_iter(args[0]), x;
    while ((x = obj_next(it))) r = obj_binary(OP_MUL, r, x);
    return r;
}
static val_t m_fsum(val_t it) {
    /* Neumaier summation: exact enough for the printed results of typical programs */
    double s = 0, c = 0;
    val_t i = obj_iter(it), x;
    while ((x = obj_next(i))) {
        double v = float_of(x), t = s + v;
        if ((s < 0 ? -s : s) >= (v < 0 ? -v : v)) c += (s - t) + v; else c += (v - t) + s;
        s = t;
    }
    return float_new(s + c);
}

static val_t m_modf(val_t x) {
    double d = arg_d(x), ip = flt_trunc(d);
    double fp = d - ip;
    if (d - d != 0) fp = d != d ? d : 0.0 * (d < 0 ? -1 : 1);
    val_t t[2] = { float_new(fp), float_new(d - d != 0 && d == d ? d : ip) };
    return tuple_new(2, t);
}
static val_t m_frexp(val_t x) {
    double d = arg_d(x);
    int e = 0;
    if (d != 0 && d - d == 0) {
        union { double d; uint64_t u; } v = { .d = d };
        int be = (int)((v.u >> 52) & 0x7FF);
        if (be == 0) { v.d = d * 0x1p54; be = (int)((v.u >> 52) & 0x7FF) - 54; }
        e = be - 1022;
        v.u = (v.u & 0x800FFFFFFFFFFFFFull) | 0x3FE0000000000000ull;
        d = v.d;
    }
    val_t t[2] = { float_new(d), MKSMALL(e) };
    return tuple_new(2, t);
}
static val_t m_ldexp(val_t x, val_t e) {
    double d = arg_d(x);
    intptr_t n = int_index(e, "exponent");
    while (n > 1000) { d *= 0x1p1000; n -= 1000; }
    while (n < -1000) { d *= 0x1p-1000; n += 1000; }
    union { double d; uint64_t u; } s = { .u = (uint64_t)(n + 1023) << 52 };
    double r = d * s.d;
    if (r - r != 0 && d - d == 0) raise_msg(&OverflowError_type, "math range error");
    return float_new(r);
}
static method_def_t sys_functions[] = {
    NATIVE("exit", sys_exit, MK_FIXED, 0, 1),
    NATIVE("getrecursionlimit", sys_getrecursionlimit, MK_FIXED, 0, 0),
    NATIVE("setrecursionlimit", sys_setrecursionlimit, MK_FIXED, 1, 1),
    NATIVE("intern", sys_intern, MK_FIXED, 1, 1),
    NATIVE_END,
};
static method_def_t g_functions[] = {
    NATIVE("collect", gc_collect_fn, MK_FIXED, 0, 0),
    NATIVE("mem_alloc", gc_mem_alloc, MK_FIXED, 0, 0),
    NATIVE("mem_free", gc_mem_free, MK_FIXED, 0, 0),
    NATIVE("enable", gc_enable, MK_FIXED, 0, 0),
    NATIVE("disable", gc_disable, MK_FIXED, 0, 0),
    NATIVE("isenabled", gc_isenabled, MK_FIXED, 0, 0),
    NATIVE("threshold", gc_threshold_fn, MK_FIXED, 0, 1),
    NATIVE("counts", gc_counts, MK_FIXED, 0, 0),
    NATIVE("rivet_stats", gc_rivet_stats, MK_FIXED, 0, 0),
    NATIVE_END,
};
static method_def_t t_functions[] = {
    NATIVE("ticks_ms", time_ticks_ms, MK_FIXED, 0, 0),
    NATIVE("ticks_us", time_ticks_us, MK_FIXED, 0, 0),
    NATIVE("ticks_cpu", time_ticks_cpu, MK_FIXED, 0, 0),
    NATIVE("ticks_diff", time_ticks_diff, MK_FIXED, 2, 2),
    NATIVE("ticks_add", time_ticks_add, MK_FIXED, 2, 2),
    NATIVE("time", time_time, MK_FIXED, 0, 0),
    NATIVE("time_ns", time_time_ns, MK_FIXED, 0, 0),
    NATIVE("monotonic", time_time, MK_FIXED, 0, 0),
    NATIVE("perf_counter", time_time, MK_FIXED, 0, 0),
    NATIVE("sleep", time_sleep, MK_FIXED, 1, 1),
    NATIVE("sleep_ms", time_sleep_ms, MK_FIXED, 1, 1),
    NATIVE("sleep_us", time_sleep_us, MK_FIXED, 1, 1),
    NATIVE_END,
};
static method_def_t m_functions[] = {
    NATIVE("sqrt", m_sqrt, MK_FIXED, 1, 1),
    NATIVE("exp", m_exp, MK_FIXED, 1, 1),
    NATIVE("log", m_log, MK_FIXED, 1, 2),
    NATIVE("log2", m_log2, MK_FIXED, 1, 1),
    NATIVE("log10", m_log10, MK_FIXED, 1, 1),
    NATIVE("sin", m_sin, MK_FIXED, 1, 1),
    NATIVE("cos", m_cos, MK_FIXED, 1, 1),
    NATIVE("tan", m_tan, MK_FIXED, 1, 1),
    NATIVE("asin", m_asin, MK_FIXED, 1, 1),
    NATIVE("acos", m_acos, MK_FIXED, 1, 1),
    NATIVE("atan", m_atan, MK_FIXED, 1, 1),
    NATIVE("atan2", m_atan2, MK_FIXED, 2, 2),
    NATIVE("pow", m_pow, MK_FIXED, 2, 2),
    NATIVE("floor", m_floor, MK_FIXED, 1, 1),
    NATIVE("ceil", m_ceil, MK_FIXED, 1, 1),
    NATIVE("trunc", m_trunc, MK_FIXED, 1, 1),
    NATIVE("fabs", m_fabs, MK_FIXED, 1, 1),
    NATIVE("fmod", m_fmod, MK_FIXED, 2, 2),
    NATIVE("isnan", m_isnan, MK_FIXED, 1, 1),
    NATIVE("isinf", m_isinf, MK_FIXED, 1, 1),
    NATIVE("isfinite", m_isfinite, MK_FIXED, 1, 1),
    NATIVE("copysign", m_copysign, MK_FIXED, 2, 2),
    NATIVE("degrees", m_degrees, MK_FIXED, 1, 1),
    NATIVE("radians", m_radians, MK_FIXED, 1, 1),
    NATIVE("hypot", m_hypot, MK_FIXED, 2, 2),
    NATIVE("gcd", m_gcd, MK_VAR, 0, -1),
    NATIVE("factorial", m_factorial, MK_FIXED, 1, 1),
    NATIVE("isqrt", m_isqrt, MK_FIXED, 1, 1),
    NATIVE("comb", m_comb, MK_FIXED, 2, 2),
    NATIVE("perm", m_perm, MK_FIXED, 1, 2),
    NATIVE("prod", m_prod, MK_KW, 1, -1),
    NATIVE("fsum", m_fsum, MK_FIXED, 1, 1),
    NATIVE("modf", m_modf, MK_FIXED, 1, 1),
    NATIVE("frexp", m_frexp, MK_FIXED, 1, 1),
    NATIVE("ldexp", m_ldexp, MK_FIXED, 2, 2),
    NATIVE_END,
};
static void add_fns(val_t mod, method_def_t *fns) {
    for (method_def_t *f = fns; f->name; f++) dict_set(((module_t *)mod)->dict, str_intern_c(f->name), V(f));
}

void modules_init(const bootinfo_t *info) {
    /* sys */
    val_t sys = new_module("sys", &sys_module);
    val_t argv = list_new(0, NULL);
    const char *p = info->argv;
    for (uint32_t i = 0; i < info->argc && p < info->argv + sizeof(info->argv); i++) {
        size_t n = 0;
        while (p + n < info->argv + sizeof(info->argv) && p[n]) n++;
        list_append(argv, str_new(p, n));
        p += n + 1;
    }
    add_val(sys, "argv", argv);
    add_val(sys, "modules", vm_modules);
    add_val(sys, "path", list_new(0, NULL));
    add_val(sys, "platform", str_from_c("rivet"));
    add_val(sys, "byteorder", str_from_c("little"));
    add_val(sys, "maxsize", int_from_i64(INT64_MAX));
    val_t impl_ver[3] = { MKSMALL(3), MKSMALL(11), MKSMALL(0) };
    add_val(sys, "version_info", tuple_new(3, impl_ver));
    add_val(sys, "version", str_from_c("3.11.0 (Rivet)"));
    add_fns(sys, sys_functions);
    /* sys.stdout: a module-like object with write/flush */
    sys_stdout = module_new(str_intern_c("stdout"));
    gc_add_root(&sys_stdout);
    val_t so = sys_stdout;
    dict_set(((module_t *)so)->dict, str_intern_c("write"), bound_new(so, native_new("write", (val_t (*)())stdout_write, MK_FIXED, 2, 2)));
    dict_set(((module_t *)so)->dict, str_intern_c("flush"), bound_new(so, native_new("flush", (val_t (*)())stdout_flush, MK_FIXED, 1, 1)));
    add_val(sys, "stdout", so);
    add_val(sys, "stderr", so);

    val_t g = new_module("gc", &gc_module);
    add_fns(g, g_functions);

    val_t t = new_module("time", &time_module);
    add_fns(t, t_functions);

    val_t m = new_module("math", &math_module);
    add_val(m, "pi", float_new(3.141592653589793));
    add_val(m, "e", float_new(2.718281828459045));
    add_val(m, "tau", float_new(6.283185307179586));
    add_val(m, "inf", float_new(1.0 / 0.0));
    add_val(m, "nan", float_new(0.0 / 0.0 * -1.0));
    add_fns(m, m_functions);
#if RIVET_TESTBUG
    add_fns(new_module("_testbug", &testbug_module), testbug_functions);
#endif
}
