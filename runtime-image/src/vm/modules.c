/* modules.c — the builtin modules: sys (argv, exit, modules, path, stdout.write), gc (collect,
 * mem_alloc, mem_free, enable, disable, isenabled, threshold), time (ticks on the deterministic
 * clock), and math (freestanding double functions). Also the UART output path (vm_write). */
#include "vm.h"
#include "gc.h"
#include "rom.h"
#include "../hal/hal.h"
#include "../lib/num/fltops.h"

static val_t sys_module;
#if RIVET_TESTBUG
/* the test-only module of variant O2-testbug (src/testbug/testbug.c) */
extern method_def_t testbug_functions[];
static val_t testbug_module;
#endif

void vm_write(const char *s, size_t n) { hal_write(s, n); }
void vm_print(val_t s) { vm_write(CSTR(s), STR(s)->len); }

static void add_val(val_t mod, val_t name, val_t v) { dict_set(((module_t *)mod)->dict, name, v); }

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
/* the exception being handled (an except block, or a generator resumed inside one), or None */
static val_t sys_exception(void) { return vm_handled && vm_handled != NONE ? vm_handled : NONE; }
static val_t sys_exc_info(void) {
    val_t e = sys_exception();
    if (e == NONE) { val_t n[3] = { NONE, NONE, NONE }; return tuple_new(3, n); }
    val_t tb = ((exc_t *)e)->traceback;   /* what __traceback__ gives (exc.c) */
    val_t t[3] = { V(type_of(e)), e, tb ? tb : NONE };
    return tuple_new(3, t);
}

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
static const method_def_t sys_exit_def = NATIVE("exit", sys_exit, MK_FIXED, 0, 1);
static const method_def_t sys_getrecursionlimit_def = NATIVE("getrecursionlimit", sys_getrecursionlimit, MK_FIXED, 0, 0);
static const method_def_t sys_setrecursionlimit_def = NATIVE("setrecursionlimit", sys_setrecursionlimit, MK_FIXED, 1, 1);
static const method_def_t sys_intern_def = NATIVE("intern", sys_intern, MK_FIXED, 1, 1);
static const method_def_t sys_exception_def = NATIVE("exception", sys_exception, MK_FIXED, 0, 0);
static const method_def_t sys_exc_info_def = NATIVE("exc_info", sys_exc_info, MK_FIXED, 0, 0);
static const dict_entry_t sys_table[] = {
    ROM_ENTRY(__name__, &qstr_sys),
    ROM_ENTRY(exit, &sys_exit_def),
    ROM_ENTRY(getrecursionlimit, &sys_getrecursionlimit_def),
    ROM_ENTRY(setrecursionlimit, &sys_setrecursionlimit_def),
    ROM_ENTRY(intern, &sys_intern_def),
    ROM_ENTRY(exception, &sys_exception_def),
    ROM_ENTRY(exc_info, &sys_exc_info_def),
};
static const method_def_t gc_collect_def = NATIVE("collect", gc_collect_fn, MK_FIXED, 0, 0);
static const method_def_t gc_mem_alloc_def = NATIVE("mem_alloc", gc_mem_alloc, MK_FIXED, 0, 0);
static const method_def_t gc_mem_free_def = NATIVE("mem_free", gc_mem_free, MK_FIXED, 0, 0);
static const method_def_t gc_enable_def = NATIVE("enable", gc_enable, MK_FIXED, 0, 0);
static const method_def_t gc_disable_def = NATIVE("disable", gc_disable, MK_FIXED, 0, 0);
static const method_def_t gc_isenabled_def = NATIVE("isenabled", gc_isenabled, MK_FIXED, 0, 0);
static const method_def_t gc_threshold_def = NATIVE("threshold", gc_threshold_fn, MK_FIXED, 0, 1);
static const method_def_t gc_counts_def = NATIVE("counts", gc_counts, MK_FIXED, 0, 0);
static const method_def_t gc_rivet_stats_def = NATIVE("rivet_stats", gc_rivet_stats, MK_FIXED, 0, 0);
static const dict_entry_t gc_table[] = {
    ROM_ENTRY(__name__, &qstr_gc),
    ROM_ENTRY(collect, &gc_collect_def),
    ROM_ENTRY(mem_alloc, &gc_mem_alloc_def),
    ROM_ENTRY(mem_free, &gc_mem_free_def),
    ROM_ENTRY(enable, &gc_enable_def),
    ROM_ENTRY(disable, &gc_disable_def),
    ROM_ENTRY(isenabled, &gc_isenabled_def),
    ROM_ENTRY(threshold, &gc_threshold_def),
    ROM_ENTRY(counts, &gc_counts_def),
    ROM_ENTRY(rivet_stats, &gc_rivet_stats_def),
};
static ROM_DICT(gc_dict, gc_table)
static module_t gc_module = { { &module_type }, V(&gc_dict), Q(gc) };
static const method_def_t time_ticks_ms_def = NATIVE("ticks_ms", time_ticks_ms, MK_FIXED, 0, 0);
static const method_def_t time_ticks_us_def = NATIVE("ticks_us", time_ticks_us, MK_FIXED, 0, 0);
static const method_def_t time_ticks_cpu_def = NATIVE("ticks_cpu", time_ticks_cpu, MK_FIXED, 0, 0);
static const method_def_t time_ticks_diff_def = NATIVE("ticks_diff", time_ticks_diff, MK_FIXED, 2, 2);
static const method_def_t time_ticks_add_def = NATIVE("ticks_add", time_ticks_add, MK_FIXED, 2, 2);
static const method_def_t time_time_def = NATIVE("time", time_time, MK_FIXED, 0, 0);
static const method_def_t time_time_ns_def = NATIVE("time_ns", time_time_ns, MK_FIXED, 0, 0);
static const method_def_t time_monotonic_def = NATIVE("monotonic", time_time, MK_FIXED, 0, 0);
static const method_def_t time_perf_counter_def = NATIVE("perf_counter", time_time, MK_FIXED, 0, 0);
static const method_def_t time_sleep_def = NATIVE("sleep", time_sleep, MK_FIXED, 1, 1);
static const method_def_t time_sleep_ms_def = NATIVE("sleep_ms", time_sleep_ms, MK_FIXED, 1, 1);
static const method_def_t time_sleep_us_def = NATIVE("sleep_us", time_sleep_us, MK_FIXED, 1, 1);
static const dict_entry_t time_table[] = {
    ROM_ENTRY(__name__, &qstr_time),
    ROM_ENTRY(ticks_ms, &time_ticks_ms_def),
    ROM_ENTRY(ticks_us, &time_ticks_us_def),
    ROM_ENTRY(ticks_cpu, &time_ticks_cpu_def),
    ROM_ENTRY(ticks_diff, &time_ticks_diff_def),
    ROM_ENTRY(ticks_add, &time_ticks_add_def),
    ROM_ENTRY(time, &time_time_def),
    ROM_ENTRY(time_ns, &time_time_ns_def),
    ROM_ENTRY(monotonic, &time_monotonic_def),
    ROM_ENTRY(perf_counter, &time_perf_counter_def),
    ROM_ENTRY(sleep, &time_sleep_def),
    ROM_ENTRY(sleep_ms, &time_sleep_ms_def),
    ROM_ENTRY(sleep_us, &time_sleep_us_def),
};
static ROM_DICT(time_dict, time_table)
static module_t time_module = { { &module_type }, V(&time_dict), Q(time) };
static const float_t math_pi = { { &float_type }, 3.141592653589793 };
static const float_t math_e = { { &float_type }, 2.718281828459045 };
static const float_t math_tau = { { &float_type }, 6.283185307179586 };
static const float_t math_inf = { { &float_type }, __builtin_inf() };
static const float_t math_nan = { { &float_type }, __builtin_nan("") };
static const method_def_t math_sqrt_def = NATIVE("sqrt", m_sqrt, MK_FIXED, 1, 1);
static const method_def_t math_exp_def = NATIVE("exp", m_exp, MK_FIXED, 1, 1);
static const method_def_t math_log_def = NATIVE("log", m_log, MK_FIXED, 1, 2);
static const method_def_t math_log2_def = NATIVE("log2", m_log2, MK_FIXED, 1, 1);
static const method_def_t math_log10_def = NATIVE("log10", m_log10, MK_FIXED, 1, 1);
static const method_def_t math_sin_def = NATIVE("sin", m_sin, MK_FIXED, 1, 1);
static const method_def_t math_cos_def = NATIVE("cos", m_cos, MK_FIXED, 1, 1);
static const method_def_t math_tan_def = NATIVE("tan", m_tan, MK_FIXED, 1, 1);
static const method_def_t math_asin_def = NATIVE("asin", m_asin, MK_FIXED, 1, 1);
static const method_def_t math_acos_def = NATIVE("acos", m_acos, MK_FIXED, 1, 1);
static const method_def_t math_atan_def = NATIVE("atan", m_atan, MK_FIXED, 1, 1);
static const method_def_t math_atan2_def = NATIVE("atan2", m_atan2, MK_FIXED, 2, 2);
static const method_def_t math_pow_def = NATIVE("pow", m_pow, MK_FIXED, 2, 2);
static const method_def_t math_floor_def = NATIVE("floor", m_floor, MK_FIXED, 1, 1);
static const method_def_t math_ceil_def = NATIVE("ceil", m_ceil, MK_FIXED, 1, 1);
static const method_def_t math_trunc_def = NATIVE("trunc", m_trunc, MK_FIXED, 1, 1);
static const method_def_t math_fabs_def = NATIVE("fabs", m_fabs, MK_FIXED, 1, 1);
static const method_def_t math_fmod_def = NATIVE("fmod", m_fmod, MK_FIXED, 2, 2);
static const method_def_t math_isnan_def = NATIVE("isnan", m_isnan, MK_FIXED, 1, 1);
static const method_def_t math_isinf_def = NATIVE("isinf", m_isinf, MK_FIXED, 1, 1);
static const method_def_t math_isfinite_def = NATIVE("isfinite", m_isfinite, MK_FIXED, 1, 1);
static const method_def_t math_copysign_def = NATIVE("copysign", m_copysign, MK_FIXED, 2, 2);
static const method_def_t math_degrees_def = NATIVE("degrees", m_degrees, MK_FIXED, 1, 1);
static const method_def_t math_radians_def = NATIVE("radians", m_radians, MK_FIXED, 1, 1);
static const method_def_t math_hypot_def = NATIVE("hypot", m_hypot, MK_FIXED, 2, 2);
static const method_def_t math_gcd_def = NATIVE("gcd", m_gcd, MK_VAR, 0, -1);
static const method_def_t math_factorial_def = NATIVE("factorial", m_factorial, MK_FIXED, 1, 1);
static const method_def_t math_isqrt_def = NATIVE("isqrt", m_isqrt, MK_FIXED, 1, 1);
static const method_def_t math_comb_def = NATIVE("comb", m_comb, MK_FIXED, 2, 2);
static const method_def_t math_perm_def = NATIVE("perm", m_perm, MK_FIXED, 1, 2);
static const method_def_t math_prod_def = NATIVE("prod", m_prod, MK_KW, 1, -1);
static const method_def_t math_fsum_def = NATIVE("fsum", m_fsum, MK_FIXED, 1, 1);
static const method_def_t math_modf_def = NATIVE("modf", m_modf, MK_FIXED, 1, 1);
static const method_def_t math_frexp_def = NATIVE("frexp", m_frexp, MK_FIXED, 1, 1);
static const method_def_t math_ldexp_def = NATIVE("ldexp", m_ldexp, MK_FIXED, 2, 2);
static const dict_entry_t math_table[] = {
    ROM_ENTRY(__name__, &qstr_math),
    ROM_ENTRY(pi, &math_pi), ROM_ENTRY(e, &math_e), ROM_ENTRY(tau, &math_tau),
    ROM_ENTRY(inf, &math_inf), ROM_ENTRY(nan, &math_nan),
    ROM_ENTRY(sqrt, &math_sqrt_def),
    ROM_ENTRY(exp, &math_exp_def),
    ROM_ENTRY(log, &math_log_def),
    ROM_ENTRY(log2, &math_log2_def),
    ROM_ENTRY(log10, &math_log10_def),
    ROM_ENTRY(sin, &math_sin_def),
    ROM_ENTRY(cos, &math_cos_def),
    ROM_ENTRY(tan, &math_tan_def),
    ROM_ENTRY(asin, &math_asin_def),
    ROM_ENTRY(acos, &math_acos_def),
    ROM_ENTRY(atan, &math_atan_def),
    ROM_ENTRY(atan2, &math_atan2_def),
    ROM_ENTRY(pow, &math_pow_def),
    ROM_ENTRY(floor, &math_floor_def),
    ROM_ENTRY(ceil, &math_ceil_def),
    ROM_ENTRY(trunc, &math_trunc_def),
    ROM_ENTRY(fabs, &math_fabs_def),
    ROM_ENTRY(fmod, &math_fmod_def),
    ROM_ENTRY(isnan, &math_isnan_def),
    ROM_ENTRY(isinf, &math_isinf_def),
    ROM_ENTRY(isfinite, &math_isfinite_def),
    ROM_ENTRY(copysign, &math_copysign_def),
    ROM_ENTRY(degrees, &math_degrees_def),
    ROM_ENTRY(radians, &math_radians_def),
    ROM_ENTRY(hypot, &math_hypot_def),
    ROM_ENTRY(gcd, &math_gcd_def),
    ROM_ENTRY(factorial, &math_factorial_def),
    ROM_ENTRY(isqrt, &math_isqrt_def),
    ROM_ENTRY(comb, &math_comb_def),
    ROM_ENTRY(perm, &math_perm_def),
    ROM_ENTRY(prod, &math_prod_def),
    ROM_ENTRY(fsum, &math_fsum_def),
    ROM_ENTRY(modf, &math_modf_def),
    ROM_ENTRY(frexp, &math_frexp_def),
    ROM_ENTRY(ldexp, &math_ldexp_def),
};
static ROM_DICT(math_dict, math_table)
static module_t math_module = { { &module_type }, V(&math_dict), Q(math) };
/* sys.stdout (and stderr): a static module-like object whose write/flush are static bound methods */
static const method_def_t stdout_write_def = NATIVE("write", stdout_write, MK_FIXED, 2, 2);
static const method_def_t stdout_flush_def = NATIVE("flush", stdout_flush, MK_FIXED, 1, 1);
static module_t stdout_module;
static const boundmeth_t stdout_write_bound = { { &builtin_boundmeth_type }, V(&stdout_module), V(&stdout_write_def) };
static const boundmeth_t stdout_flush_bound = { { &builtin_boundmeth_type }, V(&stdout_module), V(&stdout_flush_def) };
static const dict_entry_t stdout_table[] = {
    ROM_ENTRY(__name__, &qstr_stdout), ROM_ENTRY(write, &stdout_write_bound), ROM_ENTRY(flush, &stdout_flush_bound),
};
static ROM_DICT(stdout_dict, stdout_table)
static module_t stdout_module = { { &module_type }, V(&stdout_dict), Q(stdout) };
val_t sys_stdout = V(&stdout_module);

/* sys holds heap values (argv, modules, path), so it is an ordinary dict; its keys are static */
static void init_sys(const bootinfo_t *info) {
    val_t sys = sys_module = module_new(Q(sys));
    gc_add_root(&sys_module);
    dict_set(vm_modules, Q(sys), sys);
    val_t argv = list_new(0, NULL);
    add_val(sys, Q(argv), argv);
    const char *p = info->argv;
    for (uint32_t i = 0; i < info->argc && p < info->argv + sizeof(info->argv); i++) {
        size_t n = 0;
        while (p + n < info->argv + sizeof(info->argv) && p[n]) n++;
        list_append(argv, str_new(p, n));
        p += n + 1;
    }
    add_val(sys, Q(modules), vm_modules);
    add_val(sys, Q(path), list_new(0, NULL));
    add_val(sys, Q(platform), Q(rivet));
    add_val(sys, Q(byteorder), Q(little));
    add_val(sys, Q(maxsize), int_from_i64(INT64_MAX));
    val_t impl_ver[3] = { MKSMALL(3), MKSMALL(11), MKSMALL(0) };
    add_val(sys, Q(version_info), tuple_new(3, impl_ver));
    add_val(sys, Q(version), V(&qstr_0x332e31312e302028526976657429)); /* "3.11.0 (Rivet)" */
    for (size_t i = 0; i < ARRAY_LEN(sys_table); i++) add_val(sys, sys_table[i].key, sys_table[i].value);
    add_val(sys, Q(stdout), sys_stdout);
    add_val(sys, Q(stderr), sys_stdout);
}

static void add_rom_module(module_t *m, dict_t *d, const dict_entry_t *table, size_t n, int32_t *index, size_t isize) {
    dict_init_rom(d, table, n, index, isize);
    dict_set(vm_modules, m->name, V(m));
}
#define ADD_ROM_MODULE(name) add_rom_module(&name##_module, &name##_dict, name##_table, ARRAY_LEN(name##_table), \
    name##_dict_index, ARRAY_LEN(name##_dict_index))

void modules_init(const bootinfo_t *info) {
    ROM_DICT_INIT(stdout_dict, stdout_table);
    init_sys(info);
    ADD_ROM_MODULE(gc);
    ADD_ROM_MODULE(time);
    ADD_ROM_MODULE(math);
#if RIVET_TESTBUG
    testbug_module = module_new(str_intern_c("_testbug"));
    gc_add_root(&testbug_module);
    dict_set(vm_modules, ((module_t *)testbug_module)->name, testbug_module);
    for (method_def_t *d = testbug_functions; d->name; d++) add_val(testbug_module, str_intern_c(d->name), V(d));
#endif
}
