/* numtest.c — host-side driver for the numeric library: reads one operation per line from
 * stdin, prints one result line each. Operands are hex (ints: signed hex; doubles: IEEE bits;
 * text: UTF-8 bytes in hex) so the driver never depends on the code under test to read its
 * input. gen_vectors.py writes the matching CPython 3.11 results.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bigint.h"
#include "intfmt.h"
#include "fltfmt.h"
#include "fltops.h"
#include "fmtspec.h"
#include "fltmath.h"

static bool grow(num_sink *s, size_t need) {
    size_t cap = s->cap ? s->cap : 64;
    while (cap < need) cap *= 2;
    char *nb = realloc(s->buf, cap);
    if (!nb) return false;
    s->buf = nb;
    s->cap = cap;
    return true;
}

static num_sink out;
static void reset(void) { out.len = 0; }

typedef struct { num_limb *d; size_t cap; bigint v; } ibuf;

static num_limb *limbs(size_t n) { return calloc(n + 1, sizeof(num_limb)); }

static int hexval(char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* signed hex -> bigint (fresh memory) */
static bigint read_int(const char *t) {
    bool neg = *t == '-';
    if (neg) t++;
    size_t n = strlen(t);
    bigint r = {limbs(n / 8 + 2), 0, false};
    for (size_t i = 0; i < n; i++) {
        size_t bit = (n - 1 - i) * 4;
        r.d[bit / 32] |= (num_limb)hexval(t[i]) << (bit % 32);
    }
    r.len = n / 8 + 2;
    big_normalise(&r);
    r.neg = neg && r.len;
    return r;
}

static double read_dbl(const char *t) {
    uint64_t b = strtoull(t, NULL, 16);
    double d;
    memcpy(&d, &b, 8);
    return d;
}

static size_t read_text(const char *t, char *buf) {
    if (t[0] == '-') return 0;   /* the empty string */
    size_t n = strlen(t) / 2;
    for (size_t i = 0; i < n; i++) buf[i] = (char)(hexval(t[2 * i]) * 16 + hexval(t[2 * i + 1]));
    return n;
}

static const char *exc_name(num_status st) {
    switch (st) {
    case NUM_E_MEMORY: return "MemoryError";
    case NUM_E_VALUE: case NUM_E_INT_LITERAL: case NUM_E_FLOAT_LITERAL: return "ValueError";
    case NUM_E_OVERFLOW: return "OverflowError";
    case NUM_E_ZERODIV: return "ZeroDivisionError";
    default: return "?";
    }
}

static void print_err(num_status st, num_error *e) {
    printf("ERR %s: %s\n", exc_name(st), e ? e->msg : "");
}

static void print_int(const bigint *a) {
    num_error e = {0};
    reset();
    num_status st = int_to_text(a, 10, false, 0, &out, &e);
    if (st) { print_err(st, &e); return; }
    printf("%.*s\n", (int)out.len, out.buf);
}

static void print_dbl(double x) {
    char b[FLT_REPR_MAX];
    size_t n = flt_repr(x, b);
    printf("%.*s\n", (int)n, b);
}

static void print_out(void) { fwrite(out.buf, 1, out.len, stdout); putchar('\n'); }

static void binop(const char *op, bigint a, bigint b) {
    bigint r;
    if (!strcmp(op, "add") || !strcmp(op, "sub")) {
        r.d = limbs(big_add_cap(&a, &b));
        if (op[0] == 'a') big_add(&r, &a, &b); else big_sub(&r, &a, &b);
    } else if (!strcmp(op, "mulx")) {   /* long products, printed in hex */
        r.d = limbs(big_mul_cap(&a, &b));
        big_mul(&r, &a, &b, limbs(big_mul_scratch(&a, &b)));
        num_error e = {0};
        reset();
        int_to_text(&r, 16, false, 0, &out, &e);
        print_out();
        return;
    } else if (!strcmp(op, "mul")) {
        r.d = limbs(big_mul_cap(&a, &b));
        big_mul(&r, &a, &b, limbs(big_mul_scratch(&a, &b)));
    } else if (!strcmp(op, "floordiv") || !strcmp(op, "mod")) {
        bigint q = {limbs(big_divmod_qcap(&a, &b)), 0, false};
        bigint m = {limbs(big_divmod_mcap(&a, &b)), 0, false};
        num_status st = big_divmod(op[0] == 'f' ? &q : NULL, op[0] == 'm' ? &m : NULL, &a, &b,
                                   limbs(big_divmod_scratch(&a, &b)));
        if (st) {
            printf("ERR ZeroDivisionError: %s\n", op[0] == 'f' ? "integer division or modulo by zero"
                                                               : "integer modulo by zero");
            return;
        }
        r = op[0] == 'f' ? q : m;
    } else if (!strcmp(op, "truediv")) {
        double d;
        num_error e = {0};
        num_status st = big_truediv(&a, &b, &d, limbs(big_truediv_scratch(&a, &b)), &e);
        if (st) { print_err(st, &e); return; }
        print_dbl(d);
        return;
    } else if (!strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "xor")) {
        r.d = limbs(big_bitop_cap(&a, &b));
        if (op[0] == 'a') big_and(&r, &a, &b);
        else if (op[0] == 'o') big_or(&r, &a, &b);
        else big_xor(&r, &a, &b);
    } else if (!strcmp(op, "cmp")) {
        printf("%d\n", big_cmp(&a, &b));
        return;
    } else if (!strcmp(op, "shl") || !strcmp(op, "shr")) {
        int64_t n;
        big_to_i64(&b, &n);
        if (op[2] == 'l') { r.d = limbs(big_shl_cap(&a, (uint64_t)n)); big_shl(&r, &a, (uint64_t)n); }
        else { r.d = limbs(big_shr_cap(&a, (uint64_t)n)); big_shr(&r, &a, (uint64_t)n); }
    } else if (!strcmp(op, "pow") || !strcmp(op, "powx")) {
        int64_t n;
        big_to_i64(&b, &n);
        r.d = limbs(big_pow_cap(&a, (uint64_t)n));
        big_pow(&r, &a, (uint64_t)n, limbs(big_pow_scratch(&a, (uint64_t)n)));
        if (op[3] == 'x') {
            num_error e = {0};
            reset();
            int_to_text(&r, 16, false, 0, &out, &e);
            print_out();
            return;
        }
    } else {
        printf("bad op %s\n", op);
        return;
    }
    print_int(&r);
}

static void do_line(char *line) {
    char *argv[8];
    int argc = 0;
    for (char *tok = strtok(line, " \n"); tok && argc < 8; tok = strtok(NULL, " \n")) argv[argc++] = tok;
    if (argc == 0) return;
    const char *op = argv[0];
    static char text[1 << 16], text2[1 << 16];
    num_error e = {0};
    num_status st;
    reset();
    if (!strcmp(op, "repr")) { print_dbl(read_dbl(argv[1])); return; }
    if (!strcmp(op, "fmtf") || !strcmp(op, "fmti") || !strcmp(op, "fmts")) {
        size_t sn = argc > 2 ? read_text(argv[2], text2) : 0;
        const char *tn = op[3] == 'f' ? "float" : op[3] == 'i' ? "int" : "str";
        fmt_spec sp;
        st = fmt_parse(text2, sn, tn, &sp, &e);
        if (!st) {
            if (op[3] == 'f') st = fmt_float(&sp, read_dbl(argv[1]), &out, &e);
            else if (op[3] == 'i') { bigint a = read_int(argv[1]); st = fmt_int(&sp, &a, tn, &out, &e); }
            else { size_t n = read_text(argv[1], text); st = fmt_str(&sp, text, n, &out, &e); }
        }
        if (st) print_err(st, &e); else print_out();
        return;
    }
    if (!strcmp(op, "pct")) {   /* pct <fmt-hex> <kind f|i|s> <value> */
        size_t fn = read_text(argv[1], text2);
        pct_spec sp;
        st = pct_parse(text2, fn, 0, &sp, &e);
        if (!st) {
            if (argv[2][0] == 'f') st = pct_float(&sp, read_dbl(argv[3]), &out, &e);
            else if (argv[2][0] == 'i') { bigint a = read_int(argv[3]); st = pct_int(&sp, &a, &out, &e); }
            else { size_t n = argc > 3 ? read_text(argv[3], text) : 0; st = pct_str(&sp, text, n, &out, &e); }
        }
        if (st) print_err(st, &e); else print_out();
        return;
    }
    if (!strcmp(op, "str")) { bigint a = read_int(argv[1]); print_int(&a); return; }
    if (!strcmp(op, "strlim")) {
        bigint a = read_int(argv[1]);
        st = int_to_text(&a, 10, false, INT_DEFAULT_MAX_STR_DIGITS, &out, &e);
        if (st) print_err(st, &e); else print_out();
        return;
    }
    if (!strcmp(op, "tobase")) {
        bigint a = read_int(argv[1]);
        st = int_to_text(&a, (unsigned)atoi(argv[2]), false, 0, &out, &e);
        if (st) print_err(st, &e); else print_out();
        return;
    }
    if (!strcmp(op, "parse")) {   /* parse <base> <text-hex> */
        size_t n = argc > 2 ? read_text(argv[2], text) : 0;
        bigint r = {limbs(int_parse_cap(n, (unsigned)atoi(argv[1]))), 0, false};
        st = int_parse(text, n, (unsigned)atoi(argv[1]), INT_DEFAULT_MAX_STR_DIGITS, &r, &e);
        if (st == NUM_E_INT_LITERAL) printf("ERR ValueError: invalid literal\n");
        else if (st) print_err(st, &e);
        else print_int(&r);
        return;
    }
    if (!strcmp(op, "parsef")) {
        size_t n = argc > 1 ? read_text(argv[1], text) : 0;
        double d;
        st = flt_parse(text, n, &d);
        if (st) printf("ERR ValueError: could not convert\n"); else print_dbl(d);
        return;
    }
    if (!strcmp(op, "round")) {
        double d;
        st = flt_round(read_dbl(argv[1]), atoll(argv[2]), &d, &e);
        if (st) print_err(st, &e); else print_dbl(d);
        return;
    }
    if (!strcmp(op, "round0")) {   /* the VM turns the result into an int: -0.0 is 0 */
        print_dbl(flt_round_half_even(read_dbl(argv[1])) + 0.0);
        return;
    }
    if (!strcmp(op, "fdivmod")) {
        double q, m;
        st = flt_divmod(read_dbl(argv[1]), read_dbl(argv[2]), &q, &m);
        if (st) { printf("ERR ZeroDivisionError\n"); return; }
        char b1[FLT_REPR_MAX], b2[FLT_REPR_MAX];
        size_t n1 = flt_repr(q, b1), n2 = flt_repr(m, b2);
        printf("%.*s %.*s\n", (int)n1, b1, (int)n2, b2);
        return;
    }
    if (!strcmp(op, "fltfmt")) {   /* fltfmt <bits> <type or -> <precision> <flags> */
        char type = argv[2][0] == '-' ? 0 : argv[2][0];
        st = flt_format(read_dbl(argv[1]), type, atoll(argv[3]), (unsigned)atoi(argv[4]), &out);
        if (st) print_err(st, &e); else print_out();
        return;
    }
    if (!strcmp(op, "floor") || !strcmp(op, "ceil") || !strcmp(op, "trunc")) {
        double x = read_dbl(argv[1]);
        double r = op[0] == 'f' ? flt_floor(x) : op[0] == 'c' ? flt_ceil(x) : flt_trunc(x);
        print_dbl(r + 0.0);   /* Python returns ints: no -0.0 */
        return;
    }
    if (!strcmp(op, "fmod")) { print_dbl(flt_fmod(read_dbl(argv[1]), read_dbl(argv[2]))); return; }
    if (!strcmp(op, "powi")) {
        double r;
        if (!flt_pow_int(read_dbl(argv[1]), atoll(argv[2]), &r, &st)) { printf("n/a\n"); return; }
        if (st) printf("ERR OverflowError: (34, 'Numerical result out of range')\n");
        else print_dbl(r);
        return;
    }
    if (!strcmp(op, "i64")) {   /* i64 <decimal int64> <base>: small-int paths */
        long long v = strtoll(argv[1], NULL, 10);
        char b[70];
        size_t n = int_i64_to_text(v, (unsigned)atoi(argv[2]), argv[2][0] == '1' && argv[2][1] == '6', b);
        num_limb l[2];
        bigint bi = {l, 0, false};
        big_from_i64(&bi, v);
        int64_t back = 0;
        bool ok = big_to_i64(&bi, &back);
        printf("%.*s %lld %d %d\n", (int)n, b, (long long)num_hash_i64(v), ok && back == v,
               big_fits_i64(&bi));
        return;
    }
    if (!strcmp(op, "fits")) { bigint a = read_int(argv[1]); printf("%d\n", big_fits_i64(&a)); return; }
    if (!strcmp(op, "hex")) {
        char b[FLT_REPR_MAX];
        size_t n = flt_hex(read_dbl(argv[1]), b);
        printf("%.*s\n", (int)n, b);
        return;
    }
    if (!strcmp(op, "fromhex")) {
        size_t n = read_text(argv[1], text);
        double d;
        st = flt_fromhex(text, n, &d, &e);
        if (st) print_err(st, &e); else print_dbl(d);
        return;
    }
    if (!strcmp(op, "ratio")) {
        bigint nu = {limbs(BIG_RATIO_CAP), 0, false}, de = {limbs(BIG_RATIO_CAP), 0, false};
        st = big_from_double_ratio(&nu, &de, read_dbl(argv[1]), &e);
        if (st) { print_err(st, &e); return; }
        reset(); int_to_text(&nu, 10, false, 0, &out, &e);
        num_sink_byte(&out, ' '); int_to_text(&de, 10, false, 0, &out, &e);
        print_out();
        return;
    }
    if (!strcmp(op, "tobytes")) {   /* tobytes <int> <length> <little> <signed> */
        bigint a = read_int(argv[1]);
        size_t len = (size_t)atoll(argv[2]);
        uint8_t *b = calloc(len + 1, 1);
        st = big_to_bytes(&a, b, len, argv[3][0] == '1', argv[4][0] == '1', &e);
        if (st) { print_err(st, &e); return; }
        for (size_t i = 0; i < len; i++) printf("%02x", b[i]);
        printf("|\n");
        return;
    }
    if (!strcmp(op, "frombytes")) {   /* frombytes <hex bytes or -> <little> <signed> */
        size_t n = read_text(argv[1], text);
        bigint r = {limbs(big_from_bytes_cap(n)), 0, false};
        big_from_bytes(&r, (const uint8_t *)text, n, argv[2][0] == '1', argv[3][0] == '1');
        print_int(&r);
        return;
    }
    if (!strcmp(op, "roundint")) {   /* roundint <int> <k>: round(a, -k) */
        bigint a = read_int(argv[1]);
        uint64_t k = strtoull(argv[2], NULL, 10);
        bigint r = {limbs(big_round_pow10_cap(&a, k)), 0, false};
        big_round_pow10(&r, &a, k, limbs(big_round_pow10_scratch(&a, k)));
        print_int(&r);
        return;
    }
    if (!strcmp(op, "cmpf")) {   /* cmpf <int> <bits>; also the int64 entry when it fits */
        bigint a = read_int(argv[1]);
        double x = read_dbl(argv[2]);
        int c = big_cmp_double(&a, x);
        int64_t v;
        if (big_to_i64(&a, &v) && num_cmp_i64_double(v, x) != c) { printf("i64 mismatch\n"); return; }
        printf("%d\n", c);
        return;
    }
    if (!strcmp(op, "exp") || !strcmp(op, "log") || !strcmp(op, "powf")) {
        bool ovf = false;
        double x = read_dbl(argv[1]), r;
        if (op[0] == 'e') r = flt_exp(x, &ovf);
        else if (op[0] == 'l') r = flt_log(x);
        else r = flt_pow(x, read_dbl(argv[2]), &ovf);
        if (ovf) printf("OVERFLOW\n"); else print_dbl(r);
        return;
    }
    if (!strcmp(op, "m1")) {   /* m1 <fn> <bits> */
        double x = read_dbl(argv[2]), r;
        const char *f = argv[1];
        if (!strcmp(f, "sin")) r = flt_sin(x);
        else if (!strcmp(f, "cos")) r = flt_cos(x);
        else if (!strcmp(f, "tan")) r = flt_tan(x);
        else if (!strcmp(f, "atan")) r = flt_atan(x);
        else if (!strcmp(f, "asin")) r = flt_asin(x);
        else if (!strcmp(f, "acos")) r = flt_acos(x);
        else if (!strcmp(f, "log10")) r = flt_log10(x);
        else r = flt_log2(x);
        print_dbl(r);
        return;
    }
    if (!strcmp(op, "atan2")) { print_dbl(flt_atan2(read_dbl(argv[1]), read_dbl(argv[2]))); return; }
    if (!strcmp(op, "hashf")) { printf("%lld\n", (long long)num_hash_double(read_dbl(argv[1]))); return; }
    if (!strcmp(op, "tofloat")) {
        bigint a = read_int(argv[1]);
        double d;
        st = big_to_double(&a, &d, &e);
        if (st) print_err(st, &e); else print_dbl(d);
        return;
    }
    if (!strcmp(op, "fromfloat")) {
        double x = read_dbl(argv[1]);
        bigint r = {limbs(big_from_double_cap(x)), 0, false};
        st = big_from_double(&r, x, &e);
        if (st) print_err(st, &e); else print_int(&r);
        return;
    }
    bigint a = read_int(argv[1]);
    if (!strcmp(op, "hash")) { printf("%lld\n", (long long)big_hash(&a)); return; }
    if (!strcmp(op, "bitlen")) { printf("%llu\n", (unsigned long long)big_bit_length(&a)); return; }
    if (!strcmp(op, "bitcount")) { printf("%llu\n", (unsigned long long)big_bit_count(&a)); return; }
    if (!strcmp(op, "inv")) {
        bigint r = {limbs(big_invert_cap(&a)), 0, false};
        big_invert(&r, &a);
        print_int(&r);
        return;
    }
    if (!strcmp(op, "powmod")) {
        bigint b = read_int(argv[2]), m = read_int(argv[3]);
        bigint r = {limbs(big_powmod_cap(&m)), 0, false};
        st = big_powmod(&r, &a, &b, &m, limbs(big_powmod_scratch(&a, &b, &m)), &e);
        if (st) print_err(st, &e); else print_int(&r);
        return;
    }
    binop(op, a, read_int(argv[2]));
}

int main(int argc, char **argv) {
    (void)argc; (void)argv;
    out.grow = grow;
    static char line[1 << 18];
    while (fgets(line, sizeof line, stdin)) {
        do_line(line);
    }
    return 0;
}
