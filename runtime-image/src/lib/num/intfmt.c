/* intfmt.c — int <-> text in bases 2..36 with Python 3.11's syntax and digit limit.
 * Printing in base 10 peels 9 digits per pass (division by 10**9), parsing multiplies in
 * 9-digit chunks; powers of two are done by bit slicing.
 */
#include "intfmt.h"
#include "mag.h"
#include "numerr.h"
#include "utf8scan.h"

static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char upper_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

static unsigned log2_if_pow2(unsigned base) {
    return base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : base == 32 ? 5 : 0;
}

static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

char *int_u64_dec(char *end, uint64_t m) {
    while (m >= 100) {   /* a constant divisor: a multiply, not a divide instruction */
        unsigned r = (unsigned)(m % 100);
        m /= 100;
        end -= 2;
        end[0] = digit_pairs[2 * r];
        end[1] = digit_pairs[2 * r + 1];
    }
    if (m >= 10) {
        end -= 2;
        end[0] = digit_pairs[2 * m];
        end[1] = digit_pairs[2 * m + 1];
    } else {
        *--end = (char)('0' + m);
    }
    return end;
}

size_t int_i64_to_text(int64_t v, unsigned base, bool upper, char *out) {
    const char *digs = upper ? upper_digits : lower_digits;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (base == 10) {
        char tmp[24], *end = tmp + sizeof tmp, *p = int_u64_dec(end, m);
        size_t n = 0;
        if (v < 0) out[n++] = '-';
        while (p < end) out[n++] = *p++;
        return n;
    }
    char tmp[66];
    size_t i = sizeof tmp;
    do { tmp[--i] = digs[m % base]; m /= base; } while (m);
    size_t n = 0;
    if (v < 0) out[n++] = '-';
    while (i < sizeof tmp) out[n++] = tmp[i++];
    return n;
}

static num_status limit_error(num_error *err, size_t max_digits, bool parsing, size_t have) {
    num_fail(err, NUM_E_VALUE, "Exceeds the limit (");
    num_msg_append_u64(err, max_digits);
    num_msg_append_str(err, " digits) for integer string conversion");
    if (parsing) {
        num_msg_append_str(err, ": value has ");
        num_msg_append_u64(err, have);
        num_msg_append_str(err, " digits");
    }
    num_msg_append_str(err, "; use sys.set_int_max_str_digits() to increase the limit");
    return NUM_E_VALUE;
}

static num_status text_pow2(const bigint *a, unsigned k, const char *digs, num_sink *out) {
    uint64_t bits = mag_bit_length(a->d, a->len);
    size_t ndig = (size_t)((bits + k - 1) / k);
    if (!num_sink_put(out, "-", a->neg ? 1 : 0)) return NUM_E_MEMORY;
    if (!num_sink_repeat(out, '0', ndig)) return NUM_E_MEMORY;
    char *p = out->buf + out->len;
    for (size_t i = 0; i < ndig; i++) {   /* digit i from the bottom covers bits i*k .. */
        uint64_t bit = (uint64_t)i * k;
        size_t w = (size_t)(bit / 32);
        unsigned s = (unsigned)(bit % 32);
        uint64_t v = a->d[w] >> s;
        if (s + k > 32 && w + 1 < a->len) v |= (uint64_t)a->d[w + 1] << (32 - s);
        p[-1 - (ptrdiff_t)i] = digs[v & ((1u << k) - 1)];
    }
    return NUM_OK;
}

/* Largest power of base that fits in 32 bits, and its exponent. */
static uint32_t chunk_of(unsigned base, unsigned *digits) {
    uint64_t p = base;
    unsigned n = 1;
    while (p * base <= 0xFFFFFFFFu) { p *= base; n++; }
    *digits = n;
    return (uint32_t)p;
}

num_status int_to_text(const bigint *a, unsigned base, bool upper, size_t max_digits,
                       num_sink *out, num_error *err) {
    const char *digs = upper ? upper_digits : lower_digits;
    if (a->len == 0) return num_sink_byte(out, '0') ? NUM_OK : num_fail(err, NUM_E_MEMORY, "");
    unsigned k = log2_if_pow2(base);
    if (k) {
        num_status st = text_pow2(a, k, digs, out);
        return st ? num_fail(err, st, "") : NUM_OK;
    }
    if (base == 10 && a->len <= 2) {   /* below 2**64: no chunking, no scratch */
        char tmp[24], *end = tmp + sizeof tmp;
        char *p = int_u64_dec(end, a->len == 2 ? mag_ld2(a->d) : a->d[0]);
        if (a->neg) *--p = '-';
        return num_sink_put(out, p, (size_t)(end - p)) ? NUM_OK : num_fail(err, NUM_E_MEMORY, "");
    }
    unsigned cdig;
    uint32_t chunk = chunk_of(base, &cdig);
    /* Quick reject before any work: at least (bits-1)*log(2)/log(base) digits. */
    if (max_digits && base == 10 && a->len > 10 * max_digits / (3 * 32) + 2)
        return limit_error(err, max_digits, false, 0);
    /* every chunk is > 2**27 for any base, so each division removes > 27 bits */
    size_t nchunks_max = a->len * 32 / 27 + 2;
    size_t text_max = nchunks_max * cdig + 1;
    size_t scratch_bytes = (a->len + nchunks_max) * sizeof(num_limb) + sizeof(num_limb);
    /* Reserve text + scratch in the sink, then work in its free tail. */
    size_t need = out->len + text_max + scratch_bytes;
    if (out->cap < need && !(out->grow && out->grow(out, need) && out->cap >= need))
        return num_fail(err, NUM_E_MEMORY, "");
    uintptr_t at = (uintptr_t)(out->buf + out->len + text_max);
    at = (at + sizeof(num_limb) - 1) & ~(uintptr_t)(sizeof(num_limb) - 1);
    num_limb *mag = (num_limb *)at;
    num_limb *chunks = mag + a->len;
    mag_copy(mag, a->d, a->len);
    size_t mn = a->len, nc = 0;
    if (base == 10)
        while (mn > 0) chunks[nc++] = mag_div_1e9(mag, &mn, mag, mn);
    else
        while (mn > 0) chunks[nc++] = mag_div_small(mag, &mn, mag, mn, chunk);
    /* digits of the top chunk + full chunks below it */
    unsigned top = 0;
    for (uint32_t t = chunks[nc - 1]; t; t /= base) top++;
    size_t ndig = top + (nc - 1) * cdig;
    if (max_digits && base == 10 && ndig > max_digits)
        return limit_error(err, max_digits, false, 0);
    char *p = out->buf + out->len;
    size_t pos = 0;
    if (a->neg) p[pos++] = '-';
    pos += top;
    for (uint32_t t = chunks[nc - 1], i = 1; i <= top; i++, t /= base) p[pos - i] = digs[t % base];
    for (size_t c = nc - 1; c-- > 0;) {
        uint32_t t = chunks[c];
        for (unsigned i = cdig; i-- > 0;) { p[pos + i] = digs[t % base]; t /= base; }
        pos += cdig;
    }
    out->len += pos;
    return NUM_OK;
}

size_t int_parse_cap(size_t n, unsigned base) {
    (void)base;   /* base 36 digits carry < 6 bits */
    return n * 6 / 32 + 2;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The parse keeps a cursor to the character it is looking at (`ch`) and the state before it,
 * so the conversion pass can start again at the first digit. */
typedef struct { u8cursor c, before; int ch; } scan;

static void advance(scan *sc) { sc->before = sc->c; sc->ch = u8_next(&sc->c); }

num_status int_parse(const char *text, size_t n, unsigned base, size_t max_digits, bigint *r,
                     num_error *err) {
    size_t b = 0, e = n;
    num_strip_space(text, &b, &e);
    scan sc = {{text, b, e}, {text, b, e}, 0};
    advance(&sc);
    bool neg = false;
    if (sc.ch == '+' || sc.ch == '-') { neg = sc.ch == '-'; advance(&sc); }
    bool base0 = base == 0, after_prefix = false;
    if (sc.ch == '0') {   /* 0x / 0o / 0b, when the base allows it */
        scan save = sc;
        advance(&sc);
        int p = sc.ch | 0x20;
        unsigned pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            after_prefix = true;
            advance(&sc);
            if (sc.ch == '_') advance(&sc);   /* one underscore may follow a prefix */
        } else {
            sc = save;
        }
    }
    if (base == 0) base = 10;
    /* Scan: digits with single underscores between them. */
    u8cursor digits_at = sc.before;
    int first = sc.ch;
    size_t ndig = 0;
    bool prev_us = false, ok = sc.ch >= 0 && sc.ch != '_', nonzero = false;
    for (; ok && sc.ch >= 0; advance(&sc)) {
        if (sc.ch == '_') {
            if (prev_us) ok = false;
            prev_us = true;
            continue;
        }
        if (digit_value((char)sc.ch) >= (int)base) { ok = false; break; }
        if (sc.ch != '0') nonzero = true;
        prev_us = false;
        ndig++;
    }
    if (prev_us) ok = false;
    if (max_digits && !log2_if_pow2(base) && ndig > max_digits)
        return limit_error(err, max_digits, true, ndig);
    if (!ok || ndig == 0) return num_fail(err, NUM_E_INT_LITERAL, "");
    /* base 0 forbids leading zeros on a nonzero decimal ("010") */
    if (base0 && !after_prefix && first == '0' && nonzero)
        return num_fail(err, NUM_E_INT_LITERAL, "");
    size_t rn = 0;
    unsigned k = log2_if_pow2(base);
    u8cursor c = digits_at;
    if (k) {   /* digit j (from the left) holds bits (ndig-1-j)*k .. */
        uint64_t bit = (uint64_t)ndig * k;
        size_t words = (size_t)(bit / 32) + 1;
        mag_zero(r->d, words);
        for (int ch; (ch = u8_next(&c)) >= 0;) {
            if (ch == '_') continue;
            bit -= k;
            uint32_t v = (uint32_t)digit_value((char)ch);
            size_t w = (size_t)(bit / 32);
            unsigned s = (unsigned)(bit % 32);
            r->d[w] |= v << s;
            if (s + k > 32) r->d[w + 1] |= v >> (32 - s);
        }
        rn = mag_trim(r->d, words);
    } else {
        unsigned cdig;
        chunk_of(base, &cdig);
        uint32_t acc = 0, mul = 1;
        unsigned have = 0;
        for (int ch; (ch = u8_next(&c)) >= 0;) {
            if (ch == '_') continue;
            acc = acc * base + (uint32_t)digit_value((char)ch);
            mul *= base;
            if (++have == cdig) {
                rn = mag_mul_small(r->d, r->d, rn, mul, acc);
                acc = 0; mul = 1; have = 0;
            }
        }
        if (have) rn = mag_mul_small(r->d, r->d, rn, mul, acc);
    }
    r->len = rn;
    r->neg = neg && rn != 0;
    return NUM_OK;
}
