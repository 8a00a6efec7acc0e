/* strtype.c — the str type record: repr, comparison, concatenation and repetition, indexing by code
 * point, iteration, and str's methods (split/join/strip/find/replace/case/predicates/padding). */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "unicode.h"
#include "qstr_data.h"

extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
val_t str_mod_format(val_t fmt, val_t args);
val_t str_format_method(int npos, int nkw, const val_t *args);
val_t str_format_map_method(val_t self, val_t mapping);
val_t format_value(val_t v, val_t spec);

/* byte offset of code point i */
static size_t cp_offset(str_t *s, size_t i) {
    if (s->ascii) return i;
    size_t off = 0;
    while (i-- && off < s->len) { size_t adv; vm_utf8_decode(s->data + off, &adv); off += adv; }
    return off;
}

static bool is_printable(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c != 0x7F;
    return uni_is(c, UNI_PRINTABLE);
}
static const char hexd[] = "0123456789abcdef";
void str_repr_into(sbuf_t *b, val_t v, bool ascii_only) {
    str_t *s = STR(v);
    bool has_sq = false, has_dq = false;
    for (size_t i = 0; i < s->len; i++) { if (s->data[i] == '\'') has_sq = true; if (s->data[i] == '"') has_dq = true; }
    char q = has_sq && !has_dq ? '"' : '\'';
    sb_addc(b, q);
    for (size_t i = 0; i < s->len;) {
        size_t adv;
        uint32_t c = vm_utf8_decode(s->data + i, &adv);
        if (c == (uint32_t)q || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
        else if (c == '\n') sb_add(b, "\\n", 2);
        else if (c == '\r') sb_add(b, "\\r", 2);
        else if (c == '\t') sb_add(b, "\\t", 2);
        else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x80 && ascii_only && c < 0x100) || (c < 0x100 && !is_printable(c))) {
            char t[4] = { '\\', 'x', hexd[(c >> 4) & 15], hexd[c & 15] }; sb_add(b, t, 4);
        } else if (c >= 0x80 && (ascii_only || !is_printable(c))) {
            if (c < 0x10000) { char t[6] = { '\\', 'u', hexd[c >> 12], hexd[(c >> 8) & 15], hexd[(c >> 4) & 15], hexd[c & 15] }; sb_add(b, t, 6); }
            else { char t[10] = { '\\', 'U', '0', '0', hexd[(c >> 20) & 15], hexd[(c >> 16) & 15], hexd[(c >> 12) & 15], hexd[(c >> 8) & 15], hexd[(c >> 4) & 15], hexd[c & 15] }; sb_add(b, t, 10); }
        } else sb_add(b, s->data + i, adv);
        i += adv;
    }
    sb_addc(b, q);
}
static val_t str_repr(val_t v) { sbuf_t b; sb_init(&b, STR(v)->len + 2); str_repr_into(&b, v, false); return sb_finish(&b); }
static val_t str_str(val_t v) { return v; }
static intptr_t str_hash_slot(val_t v) { return str_hash(v); }
static val_t str_compare(int op, val_t a, val_t b) {
    if (!isinstance_of(b, &str_type)) return MISSING;
    str_t *x = STR(a), *y = STR(b);
    if (op == CMP_EQ) return BOOL(str_eq(a, b));
    if (op == CMP_NE) return BOOL(!str_eq(a, b));
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp_(x->data, y->data, n);
    if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case CMP_LT: return BOOL(c < 0); case CMP_LE: return BOOL(c <= 0);
    case CMP_GT: return BOOL(c > 0); default: return BOOL(c >= 0);
    }
}
static val_t str_repeat(val_t s, val_t n) {
    intptr_t k = int_index(n, "can't multiply sequence by non-int");
    if (k <= 0 || STR(s)->len == 0) return empty_str;
    size_t len = STR(s)->len;
    sbuf_t b; sb_init(&b, len * (size_t)k);
    for (intptr_t i = 0; i < k; i++) sb_add(&b, CSTR(s), len);
    return sb_finish(&b);
}
static val_t str_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    if (op & 32) { if (bop == OP_MUL && IS_INT(b)) return str_repeat(a, b); return MISSING; }
    if (bop == OP_ADD) {
        if (!isinstance_of(b, &str_type)) raise_type_error("can only concatenate str (not \"%s\") to str", type_name(b));
        return str_concat(a, b);
    }
    if (bop == OP_MUL && IS_INT(b)) return str_repeat(a, b);
    if (bop == OP_MOD) return str_mod_format(a, b);
    return MISSING;
}
extern void slice_indices(val_t sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step, intptr_t *count);
static val_t str_substr(val_t v, size_t from_cp, size_t n_cp) {
    str_t *s = STR(v);
    size_t a = cp_offset(s, from_cp), b = a + n_cp;
    if (!s->ascii) { b = a; for (size_t i = 0; i < n_cp; i++) { size_t adv; vm_utf8_decode(s->data + b, &adv); b += adv; } }
    return str_sub(v, a, b - a);
}
static val_t str_subscr(val_t v, val_t idx, val_t value) {
    if (value != SUBSCR_LOAD) return MISSING;
    str_t *s = STR(v);
    if (is_type(idx, &slice_type)) {
        intptr_t start, stop, step, n;
        slice_indices(idx, (intptr_t)s->nchars, &start, &stop, &step, &n);
        if (step == 1) return str_substr(v, (size_t)start, (size_t)n);
        sbuf_t b; sb_init(&b, (size_t)n);
        if (STR(v)->ascii) {   /* one byte per code point: copy the bytes directly */
            const char *d = CSTR(v);
            for (intptr_t i = 0; i < n; i++) b.buf[i] = d[start + i * step];
            b.len = (size_t)n;
            return sb_finish(&b);
        }
        for (intptr_t i = 0; i < n; i++) {
            size_t off = cp_offset(STR(v), (size_t)(start + i * step)), adv;
            vm_utf8_decode(CSTR(v) + off, &adv);
            sb_add(&b, CSTR(v) + off, adv);
        }
        return sb_finish(&b);
    }
    if (!IS_INT(idx) && !((type_of(idx)->flags & TF_USER) && type_lookup(type_of(idx), N___index__)))
        raise_type_error("string indices must be integers, not '%s'", type_name(idx));
    intptr_t i = int_index(idx, "string indices");
    if (i < 0) i += (intptr_t)s->nchars;
    if (i < 0 || i >= (intptr_t)s->nchars) raise_msg(&IndexError_type, "string index out of range");
    if (s->ascii) return char_str((uint8_t)s->data[i]);
    size_t off = cp_offset(s, (size_t)i), adv;
    return char_str(vm_utf8_decode(s->data + off, &adv));
}
static intptr_t str_len(val_t v) { return STR(v)->nchars; }
/* first match of n in h[from..hn): candidates for n's first byte are found eight positions at a
 * time (a byte of w ^ pattern is zero where h has that byte; the lowest flagged byte of the
 * has-zero test is always a real one) */
/* h is always a str's data (CSTR): its header lies before it, so the last candidates are read as
 * the one word ending at h + ends, whatever its start (bytes before i are masked off). Below the
 * lowest true match the zero-byte test can flag a byte one above a masked match, so a tail
 * candidate is checked in full. */
static intptr_t find_bytes(const char *h, size_t hn, const char *n, size_t nn, size_t from) {
    if (nn == 0) return from <= hn ? (intptr_t)from : -1;
    if (nn > hn || from > hn - nn) return -1;
    size_t ends = hn - nn + 1;   /* candidate starts are < ends */
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t pat = (uint8_t)n[0] * ones;
    for (size_t i = from; i < ends; ) {
        uint64_t w;
        if (i + 8 <= ends) {
            memcpy_(&w, h + i, 8);
            w ^= pat;
            uint64_t z = (w - ones) & ~w & high;
            if (!z) { i += 8; continue; }
            i += (size_t)__builtin_ctzll(z) >> 3;
        } else {
            memcpy_(&w, h + ends - 8, 8);   /* candidates ends-8 .. ends-1 */
            w ^= pat;
            uint64_t z = (w - ones) & ~w & high;
            z &= ~(uint64_t)0 << ((i - (ends - 8)) * 8);
            if (!z) return -1;
            i = ends - 8 + ((size_t)__builtin_ctzll(z) >> 3);
            if (h[i] != n[0]) { i++; continue; }
        }
        if (memcmp_(h + i + 1, n + 1, nn - 1) == 0) return (intptr_t)i;
        i++;
    }
    return -1;
}
static intptr_t rfind_bytes(const char *h, const char *n, size_t nn, size_t from, size_t to) {
    if (nn > to) return -1;
    for (size_t i = to - nn + 1; i-- > from;) if (memcmp_(h + i, n, nn) == 0) return (intptr_t)i;
    return -1;
}
static int str_contains(val_t v, val_t x) {
    if (!IS_STR(x) && !isinstance_of(x, &str_type)) raise_type_error("'in <string>' requires string as left operand, not %s", type_name(x));
    return find_bytes(CSTR(v), STR(v)->len, CSTR(x), STR(x)->len, 0) >= 0;
}
typedef struct { obj_t base; val_t s; size_t off; } strit_t;
type_t str_iter_type;
static val_t str_iter(val_t v) { strit_t *it = new_obj(&str_iter_type, sizeof(strit_t)); it->s = v; return V(it); }
static val_t str_iter_next(val_t v) {
    strit_t *it = (strit_t *)v;
    str_t *s = STR(it->s);
    if (it->off >= s->len) return MISSING;
    uint8_t c0 = (uint8_t)s->data[it->off];
    if (c0 < 0x80) { it->off++; return V(qstrs_ascii[c0]); }   /* char_str's table, no call */
    size_t adv;
    uint32_t c = vm_utf8_decode(s->data + it->off, &adv);
    it->off += adv;
    return char_str(c);
}
static val_t iter_self(val_t v) { return v; }
type_t str_iter_type = { { &type_type }, "str_ascii_iterator", 0, sizeof(strit_t), .iter = iter_self, .iternext = str_iter_next };

static val_t str_make(const type_t *t, int npos, int nkw, const val_t *args) {
    (void)t;
    if (npos == 0 && nkw == 0) return empty_str;
    val_t enc = kwarg(npos, nkw, args, "encoding", MISSING);
    if (npos >= 2 || enc) {
        val_t b = args[0];
        if (is_type(b, &bytes_type) || is_type(b, &bytearray_type)) {
            const uint8_t *d; size_t n;
            if (is_type(b, &bytes_type)) { d = ((bytes_t *)b)->data; n = ((bytes_t *)b)->len; }
            else { d = ((bytearray_t *)b)->data; n = ((bytearray_t *)b)->len; }
            return str_new((const char *)d, n);
        }
    }
    return obj_str(args[0]);
}

/* ---- methods ---- */
#define S(v) STR(v)
static void need_str(val_t v, const char *what) {
    if (!isinstance_of(v, &str_type)) raise_type_error("%s arg must be None or str", what);
}
static bool is_ws(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return uni_is(c, UNI_SPACE);
}

/* bytes of the whitespace character starting at d[i] / ending at d[i-1] (0: not whitespace) */
static size_t ws_at(const char *d, size_t i) {
    if ((uint8_t)d[i] < 0x80) return is_ws((uint8_t)d[i]);
    size_t adv; uint32_t c = vm_utf8_decode(d + i, &adv);
    return is_ws(c) ? adv : 0;
}
static size_t ws_before(const char *d, size_t i) {
    if ((uint8_t)d[i - 1] < 0x80) return is_ws((uint8_t)d[i - 1]);
    size_t st = i - 1; while (st > 0 && ((uint8_t)d[st] & 0xC0) == 0x80) st--;
    size_t adv; uint32_t c = vm_utf8_decode(d + st, &adv);
    return is_ws(c) ? i - st : 0;
}
static size_t nonws_at(const char *d, size_t i) {
    size_t adv; vm_utf8_decode(d + i, &adv); return ws_at(d, i) ? 0 : adv;
}
static size_t nonws_before(const char *d, size_t i) {
    size_t st = i - 1; while (st > 0 && ((uint8_t)d[st] & 0xC0) == 0x80) st--;
    return ws_before(d, i) ? 0 : i - st;
}
static val_t split_impl(val_t s, val_t sep, intptr_t maxsplit, bool right) {
    val_t out = list_new(0, NULL);
    const char *d = CSTR(s); size_t n = S(s)->len;
    if (!sep || sep == NONE) {
        if (!right) {
            size_t i = 0;
            while (i < n) {
                for (size_t k; i < n && (k = ws_at(d, i)); ) i += k;
                if (i >= n) break;
                if (maxsplit >= 0 && (intptr_t)LIST(out)->len >= maxsplit) {
                    list_append(out, str_sub(s, i, n - i)); break;
                }
                size_t j = i; for (size_t k; j < n && (k = nonws_at(d, j)); ) j += k;
                list_append(out, str_sub(s, i, j - i));
                i = j;
            }
        } else {
            size_t i = n;
            while (i > 0) {
                for (size_t k; i > 0 && (k = ws_before(d, i)); ) i -= k;
                if (i == 0) break;
                if (maxsplit >= 0 && (intptr_t)LIST(out)->len >= maxsplit) {
                    list_append(out, str_sub(s, 0, i)); break;
                }
                size_t j = i; for (size_t k; j > 0 && (k = nonws_before(d, j)); ) j -= k;
                list_append(out, str_sub(s, j, i - j));
                i = j;
            }
            list_reverse(out);
        }
        return out;
    }
    need_str(sep, "must be str or None: sep");
    size_t sn = S(sep)->len;
    if (sn == 0) raise_msg(&ValueError_type, "empty separator");
    if (!right) {
        size_t i = 0;
        for (;;) {
            intptr_t j = (maxsplit >= 0 && (intptr_t)LIST(out)->len >= maxsplit) ? -1 : find_bytes(CSTR(s), n, CSTR(sep), sn, i);
            if (j < 0) { list_append(out, str_sub(s, i, n - i)); break; }
            list_append(out, str_sub(s, i, (size_t)j - i));
            i = (size_t)j + sn;
        }
    } else {
        size_t end = n;
        for (;;) {
            intptr_t j = (maxsplit >= 0 && (intptr_t)LIST(out)->len >= maxsplit) ? -1 : rfind_bytes(CSTR(s), CSTR(sep), sn, 0, end);
            if (j < 0) { list_append(out, str_sub(s, 0, end)); break; }
            list_append(out, str_sub(s, (size_t)j + sn, end - (size_t)j - sn));
            end = (size_t)j;
        }
        list_reverse(out);
    }
    return out;
}
static val_t str_split_m(int npos, int nkw, const val_t *args) {
    val_t sep = npos > 1 ? args[1] : kwarg(npos, nkw, args, "sep", NONE);
    val_t mx = npos > 2 ? args[2] : kwarg(npos, nkw, args, "maxsplit", MKSMALL(-1));
    return split_impl(args[0], sep, int_index(mx, "maxsplit"), false);
}
static val_t str_rsplit_m(int npos, int nkw, const val_t *args) {
    val_t sep = npos > 1 ? args[1] : kwarg(npos, nkw, args, "sep", NONE);
    val_t mx = npos > 2 ? args[2] : kwarg(npos, nkw, args, "maxsplit", MKSMALL(-1));
    return split_impl(args[0], sep, int_index(mx, "maxsplit"), true);
}
static val_t str_splitlines_m(int npos, int nkw, const val_t *args) {
    bool keep = obj_truth(npos > 1 ? args[1] : kwarg(npos, nkw, args, "keepends", FALSE_V));
    val_t s = args[0], out = list_new(0, NULL);
    const char *d = CSTR(s); size_t n = S(s)->len, i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r' && d[j] != '\v' && d[j] != '\f' && d[j] != 0x1c && d[j] != 0x1d && d[j] != 0x1e) j++;
        size_t e = j;
        if (j < n) { if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') j += 2; else j++; }
        list_append(out, str_sub(s, i, (keep ? j : e) - i));
        i = j;
    }
    return out;
}
static val_t str_join_m(val_t sep, val_t it) {
    if (!type_of(it)->iter && !type_of(it)->subscr && !(type_of(it)->flags & TF_USER)) raise_type_error("can only join an iterable");
    val_t l = (IS_LIST(it) || IS_TUPLE(it)) ? it : list_from_iter(it);
    size_t n = IS_LIST(l) ? LIST(l)->len : TUPLE(l)->len;
    val_t *items = IS_LIST(l) ? LIST(l)->items : TUPLE(l)->items;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isinstance_of(items[i], &str_type))
            raise_type_error("sequence item %d: expected str instance, %s found", (int)i, type_name(items[i]));
        total += S(items[i])->len + S(sep)->len;
    }
    sbuf_t b; sb_init(&b, total + 1);
    for (size_t i = 0; i < n; i++) {
        if (i) sb_addv(&b, sep);
        sb_addv(&b, IS_LIST(l) ? LIST(l)->items[i] : TUPLE(l)->items[i]);
    }
    return sb_finish(&b);
}
static bool in_chars(uint32_t c, val_t chars) {
    if (!chars || chars == NONE) return is_ws(c);
    const char *d = CSTR(chars); size_t n = S(chars)->len;
    for (size_t i = 0; i < n;) { size_t adv; if (vm_utf8_decode(d + i, &adv) == c) return true; i += adv; }
    return false;
}
static val_t strip_impl(val_t s, val_t chars, int which) {
    if (chars && chars != NONE) need_str(chars, "strip");
    const char *d = CSTR(s); size_t n = S(s)->len, a = 0, e = n;
    if (which & 1) while (a < n) { size_t adv; uint32_t c = vm_utf8_decode(d + a, &adv); if (!in_chars(c, chars)) break; a += adv; }
    if (which & 2) while (e > a) {
        size_t st = e - 1; while (st > a && ((uint8_t)d[st] & 0xC0) == 0x80) st--;
        size_t adv; uint32_t c = vm_utf8_decode(d + st, &adv);
        if (!in_chars(c, chars)) break;
        e = st;
    }
    if (a == 0 && e == n) return s;
    return str_sub(s, a, e - a);
}
val_t str_strip_ws(val_t s) { return strip_impl(s, NONE, 3); }
static val_t str_strip_m(val_t s, val_t c) { return strip_impl(s, c, 3); }
static val_t str_lstrip_m(val_t s, val_t c) { return strip_impl(s, c, 1); }
static val_t str_rstrip_m(val_t s, val_t c) { return strip_impl(s, c, 2); }
static void range_args(val_t s, val_t st, val_t en, size_t *a, size_t *b) {
    intptr_t n = S(s)->nchars, x = 0, y = n;
    if (st && st != NONE) { x = index_clipped(st, SLICE_INDEX_ERROR); if (x < 0) { x += n; if (x < 0) x = 0; } }
    if (en && en != NONE) { y = index_clipped(en, SLICE_INDEX_ERROR); if (y < 0) { y += n; if (y < 0) y = 0; } if (y > n) y = n; }
    if (x > n) x = n + 1;
    *a = (size_t)x; *b = (size_t)y;
}
static size_t byte_to_cp(str_t *s, size_t off) { if (s->ascii) return off; size_t n = 0; for (size_t i = 0; i < off; i++) if (((uint8_t)s->data[i] & 0xC0) != 0x80) n++; return n; }
static intptr_t find_impl(int n, const val_t *args, bool right) {
    val_t s = args[0], sub = args[1];
    if (!isinstance_of(sub, &str_type)) raise_type_error("must be str, not %s", type_name(sub));
    size_t a, b;
    range_args(s, n > 2 ? args[2] : MISSING, n > 3 ? args[3] : MISSING, &a, &b);
    if (a > b) return -1;
    size_t ba = cp_offset(S(s), a), bb = cp_offset(S(s), b);
    intptr_t r = right ? rfind_bytes(CSTR(s), CSTR(sub), S(sub)->len, ba, bb) : find_bytes(CSTR(s), bb, CSTR(sub), S(sub)->len, ba);
    return r < 0 ? -1 : (intptr_t)byte_to_cp(S(s), (size_t)r);
}
static val_t str_find_m(int n, const val_t *a) { return MKSMALL(find_impl(n, a, false)); }
static val_t str_rfind_m(int n, const val_t *a) { return MKSMALL(find_impl(n, a, true)); }
static val_t str_index_m(int n, const val_t *a) { intptr_t r = find_impl(n, a, false); if (r < 0) raise_msg(&ValueError_type, "substring not found"); return MKSMALL(r); }
static val_t str_rindex_m(int n, const val_t *a) { intptr_t r = find_impl(n, a, true); if (r < 0) raise_msg(&ValueError_type, "substring not found"); return MKSMALL(r); }
static val_t str_count_m(int n, const val_t *args) {
    val_t s = args[0], sub = args[1];
    if (!isinstance_of(sub, &str_type)) raise_type_error("must be str, not %s", type_name(sub));
    size_t a, b;
    range_args(s, n > 2 ? args[2] : MISSING, n > 3 ? args[3] : MISSING, &a, &b);
    if (a > b) return MKSMALL(0);
    size_t ba = cp_offset(S(s), a), bb = cp_offset(S(s), b), sn = S(sub)->len;
    if (sn == 0) return MKSMALL((intptr_t)(b - a + 1));
    intptr_t c = 0;
    for (intptr_t j; (j = find_bytes(CSTR(s), bb, CSTR(sub), sn, ba)) >= 0; ba = (size_t)j + sn) c++;
    return MKSMALL(c);
}
static val_t str_replace_m(int n, const val_t *args) {
    val_t s = args[0], old = args[1], new_ = args[2];
    if (!isinstance_of(old, &str_type) || !isinstance_of(new_, &str_type)) raise_type_error("replace() argument 1 must be str, not %s", type_name(old));
    intptr_t count = n > 3 ? int_index(args[3], "count") : -1;
    size_t on = S(old)->len;
    sbuf_t b; sb_init(&b, S(s)->len + 8);
    if (on == 0) {
        const char *d = CSTR(s); size_t len = S(s)->len, i = 0; intptr_t done = 0;
        while (true) {
            if (count < 0 || done < count) { sb_addv(&b, new_); done++; }
            if (i >= len) break;
            size_t adv; vm_utf8_decode(d + i, &adv); sb_add(&b, d + i, adv); i += adv;
        }
        return sb_finish(&b);
    }
    size_t i = 0; intptr_t done = 0;
    for (;;) {
        intptr_t j = (count >= 0 && done >= count) ? -1 : find_bytes(CSTR(s), S(s)->len, CSTR(old), on, i);
        if (j < 0) { sb_add(&b, CSTR(s) + i, S(s)->len - i); break; }
        sb_add(&b, CSTR(s) + i, (size_t)j - i);
        sb_addv(&b, new_);
        i = (size_t)j + on;
        done++;
    }
    return sb_finish(&b);
}
static val_t affix_impl(int n, const val_t *args, bool end) {
    val_t s = args[0], x = args[1];
    size_t a, b;
    range_args(s, n > 2 ? args[2] : MISSING, n > 3 ? args[3] : MISSING, &a, &b);
    if (IS_TUPLE(x)) {
        for (size_t i = 0; i < TUPLE(x)->len; i++) { val_t aa[4] = { s, TUPLE(x)->items[i], n > 2 ? args[2] : NONE, n > 3 ? args[3] : NONE }; if (affix_impl(n < 2 ? 2 : n, aa, end) == TRUE_V) return TRUE_V; }
        return FALSE_V;
    }
    if (!isinstance_of(x, &str_type)) raise_type_error("%s first arg must be str or a tuple of str, not %s", end ? "endswith" : "startswith", type_name(x));
    if (a > b) return FALSE_V;
    size_t ba = cp_offset(S(s), a), bb = cp_offset(S(s), b), xn = S(x)->len;
    if (bb - ba < xn) return FALSE_V;
    return BOOL(memcmp_(CSTR(s) + (end ? bb - xn : ba), CSTR(x), xn) == 0);
}
static val_t str_startswith_m(int n, const val_t *a) { return affix_impl(n, a, false); }
static val_t str_endswith_m(int n, const val_t *a) { return affix_impl(n, a, true); }
/* ---- case mapping and character classes (CPython's unicodeobject.c rules over unicode.c's
 * Unicode 14.0 tables: full mappings, so 'ß'.upper() == 'SS', and the final-sigma rule) ---- */
static inline unsigned uflags(uint32_t c) {
    if (c < 0x80) {   /* ASCII without a table lookup */
        const unsigned letter = UNI_ALPHA | UNI_CASED | UNI_PRINTABLE | UNI_XID_START | UNI_XID_CONTINUE;
        if (c >= 'a' && c <= 'z') return letter | UNI_LOWER;
        if (c >= 'A' && c <= 'Z') return letter | UNI_UPPER;
    }
    return uni_flags(c);
}
/* U+03A3 at i lowers to final sigma when a cased letter precedes it and none follows it, both
 * looking past case-ignorable characters (CPython's handle_capital_sigma) */
static bool final_sigma(const char *d, size_t n, size_t i, size_t adv) {
    size_t j = i; bool before = false;
    while (j > 0) {
        do j--; while (j > 0 && ((uint8_t)d[j] & 0xC0) == 0x80);
        size_t a; uint32_t c = vm_utf8_decode(d + j, &a);
        if (!(uflags(c) & UNI_CASE_IGNORABLE)) { before = (uflags(c) & UNI_CASED) != 0; break; }
    }
    if (!before) return false;
    for (j = i + adv; j < n;) {
        size_t a; uint32_t c = vm_utf8_decode(d + j, &a);
        if (!(uflags(c) & UNI_CASE_IGNORABLE)) return !(uflags(c) & UNI_CASED);
        j += a;
    }
    return true;
}
static size_t lower_at(const char *d, size_t n, size_t i, size_t adv, uint32_t c, uint32_t out[3]) {
    if (c == 0x3A3) { out[0] = final_sigma(d, n, i, adv) ? 0x3C2 : 0x3C3; return 1; }
    if (c < 0x80) { out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c; return 1; }
    return uni_map(c, UNI_TO_LOWER, out);
}
static size_t upper_of(uint32_t c, uint32_t out[3]) {
    if (c < 0x80) { out[0] = c >= 'a' && c <= 'z' ? c - 32 : c; return 1; }
    return uni_map(c, UNI_TO_UPPER, out);
}
enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };
/* ASCII text maps byte for byte (no multi-character results, no final sigma): upper, lower,
 * swapcase and casefold write the bytes directly */
static val_t map_case_ascii(val_t s, int mode) {
    size_t n = S(s)->len, i = 0;
    sbuf_t b; sb_init(&b, n);
    const char *d = CSTR(s);
    /* eight bytes at a time: with bit 7 forced on, subtracting 'a' (or 'A') from each byte leaves
     * bit 7 set exactly when the byte is >= 'a', subtracting '{' (or '[') when it is past 'z'; the
     * bytes in range get bit 5 flipped. ASCII bytes cannot borrow across byte lanes. */
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t w, t, m = 0;
        memcpy_(&w, d + i, 8);
        t = w | high;
        if (mode != CASE_LOWER && mode != CASE_FOLD) m |= (t - 'a' * ones) & ~(t - '{' * ones);
        if (mode != CASE_UPPER) m |= (t - 'A' * ones) & ~(t - '[' * ones);
        w ^= (m & high) >> 2;
        memcpy_(b.buf + i, &w, 8);
    }
    for (; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (mode == CASE_UPPER ? low : mode == CASE_SWAP ? (up || low) : up) c ^= 0x20;
        b.buf[i] = c;
    }
    b.len = n;
    return sb_finish(&b);
}
static val_t map_case(val_t s, int mode) {
    if (S(s)->ascii && (mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_SWAP || mode == CASE_FOLD))
        return map_case_ascii(s, mode);
    sbuf_t b; sb_init(&b, S(s)->len + 4);
    const char *d = CSTR(s); size_t n = S(s)->len, i = 0;
    bool prev_cased = false;
    while (i < n) {
        size_t adv; uint32_t c = vm_utf8_decode(d + i, &adv), o[3];
        size_t k;
        switch (mode) {
        case CASE_UPPER: k = upper_of(c, o); break;
        case CASE_LOWER: k = lower_at(d, n, i, adv, c, o); break;
        case CASE_SWAP: {
            unsigned f = uflags(c);
            if (f & UNI_UPPER) k = lower_at(d, n, i, adv, c, o);
            else if (f & UNI_LOWER) k = upper_of(c, o);
            else { o[0] = c; k = 1; }
            break;
        }
        case CASE_TITLE:
            k = prev_cased ? lower_at(d, n, i, adv, c, o) : uni_map(c, UNI_TO_TITLE, o);
            prev_cased = (uflags(c) & UNI_CASED) != 0;
            break;
        case CASE_CAPITALIZE: k = i == 0 ? uni_map(c, UNI_TO_TITLE, o) : lower_at(d, n, i, adv, c, o); break;
        default: k = c < 0x80 ? (o[0] = c >= 'A' && c <= 'Z' ? c + 32 : c, 1) : uni_map(c, UNI_TO_FOLD, o); break;
        }
        for (size_t j = 0; j < k; j++) { char t[4]; size_t m = vm_utf8_encode(o[j], t); sb_add(&b, t, m); }
        i += adv;
    }
    return sb_finish(&b);
}
static val_t str_upper_m(val_t s) { return map_case(s, CASE_UPPER); }
static val_t str_lower_m(val_t s) { return map_case(s, CASE_LOWER); }
static val_t str_swapcase_m(val_t s) { return map_case(s, CASE_SWAP); }
static val_t str_title_m(val_t s) { return map_case(s, CASE_TITLE); }
static val_t str_capitalize_m(val_t s) { return map_case(s, CASE_CAPITALIZE); }
static val_t str_casefold_m(val_t s) { return map_case(s, CASE_FOLD); }
static val_t pred(val_t s, bool (*p)(uint32_t)) {
    if (S(s)->len == 0) return FALSE_V;
    for (size_t i = 0; i < S(s)->len;) { size_t adv; uint32_t c = vm_utf8_decode(CSTR(s) + i, &adv); if (!p(c)) return FALSE_V; i += adv; }
    return TRUE_V;
}
static bool p_digit(uint32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : uni_is(c, UNI_DIGIT); }
static bool p_decimal(uint32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : uni_is(c, UNI_DECIMAL); }
static bool p_numeric(uint32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : uni_is(c, UNI_NUMERIC); }
static bool is_alpha_c(uint32_t c) { return (uflags(c) & UNI_ALPHA) != 0; }
static bool p_alnum(uint32_t c) { return p_numeric(c) || is_alpha_c(c); }
static bool p_space(uint32_t c) { return is_ws(c); }
static bool p_ascii(uint32_t c) { return c < 128; }
static bool p_printable(uint32_t c) { return is_printable(c); }
/* identifiers: XID_Start or '_' first, then XID_Continue (CPython's isidentifier) */
static bool p_ident_start(uint32_t c) { return c == '_' || (uflags(c) & UNI_XID_START) != 0; }
static bool p_ident(uint32_t c) { return c < 0x80 ? c == '_' || (c >= '0' && c <= '9') || is_alpha_c(c) : uni_is(c, UNI_XID_CONTINUE); }
static val_t str_isdigit_m(val_t s) { return pred(s, p_digit); }
static val_t str_isdecimal_m(val_t s) { return pred(s, p_decimal); }
static val_t str_isnumeric_m(val_t s) { return pred(s, p_numeric); }
static val_t str_isalpha_m(val_t s) { return pred(s, is_alpha_c); }
static val_t str_isalnum_m(val_t s) { return pred(s, p_alnum); }
static val_t str_isspace_m(val_t s) { return pred(s, p_space); }
static val_t str_isascii_m(val_t s) { return S(s)->len == 0 ? TRUE_V : pred(s, p_ascii); }
static val_t str_isprintable_m(val_t s) { return S(s)->len == 0 ? TRUE_V : pred(s, p_printable); }
static val_t str_isidentifier_m(val_t s) {
    size_t adv;
    return BOOL(pred(s, p_ident) == TRUE_V && p_ident_start(vm_utf8_decode(CSTR(s), &adv)));
}
/* isupper: no lower or title case letter and at least one upper; islower the other way round */
static val_t case_pred(val_t s, bool upper) {
    bool cased = false;
    unsigned bad = (upper ? UNI_LOWER : UNI_UPPER) | UNI_TITLE, good = upper ? UNI_UPPER : UNI_LOWER;
    for (size_t i = 0; i < S(s)->len;) {
        size_t adv; unsigned f = uflags(vm_utf8_decode(CSTR(s) + i, &adv));
        if (f & bad) return FALSE_V;
        if (f & good) cased = true;
        i += adv;
    }
    return BOOL(cased);
}
static val_t str_isupper_m(val_t s) { return case_pred(s, true); }
static val_t str_islower_m(val_t s) { return case_pred(s, false); }
static val_t str_istitle_m(val_t s) {
    bool prev = false, any = false;
    for (size_t i = 0; i < S(s)->len;) {
        size_t adv; unsigned f = uflags(vm_utf8_decode(CSTR(s) + i, &adv));
        if (f & (UNI_UPPER | UNI_TITLE)) { if (prev) return FALSE_V; prev = true; any = true; }
        else if (f & UNI_LOWER) { if (!prev) return FALSE_V; prev = true; any = true; }
        else prev = false;
        i += adv;
    }
    return BOOL(any);
}
static val_t pad(val_t s, val_t width, val_t fill, int align) {
    intptr_t w = int_index(width, "width");
    uint32_t f = ' ';
    if (fill) {
        if (!IS_STR(fill) || S(fill)->nchars != 1) raise_type_error("The fill character must be exactly one character long");
        size_t adv; f = vm_utf8_decode(CSTR(fill), &adv);
    }
    intptr_t n = S(s)->nchars;
    if (w <= n) return s;
    intptr_t total = w - n, left = align == 0 ? 0 : align == 2 ? total : total / 2 + ((total & w & 1));
    if (align == 1) left = total / 2 + (total & w & 1);
    char fb[4]; size_t fl = vm_utf8_encode(f, fb);
    sbuf_t b; sb_init(&b, S(s)->len + (size_t)total * fl);
    for (intptr_t i = 0; i < left; i++) sb_add(&b, fb, fl);
    sb_addv(&b, s);
    for (intptr_t i = 0; i < total - left; i++) sb_add(&b, fb, fl);
    return sb_finish(&b);
}
static val_t str_ljust_m(val_t s, val_t w, val_t f) { return pad(s, w, f, 0); }
static val_t str_center_m(val_t s, val_t w, val_t f) { return pad(s, w, f, 1); }
static val_t str_rjust_m(val_t s, val_t w, val_t f) { return pad(s, w, f, 2); }
static val_t str_zfill_m(val_t s, val_t width) {
    intptr_t w = int_index(width, "width"), n = S(s)->nchars;
    if (w <= n) return s;
    sbuf_t b; sb_init(&b, (size_t)w);
    const char *d = CSTR(s); size_t start = 0;
    if (S(s)->len && (d[0] == '+' || d[0] == '-')) { sb_addc(&b, d[0]); start = 1; }
    for (intptr_t i = 0; i < w - n; i++) sb_addc(&b, '0');
    sb_add(&b, d + start, S(s)->len - start);
    return sb_finish(&b);
}
static val_t partition_impl(val_t s, val_t sep, bool right) {
    if (!isinstance_of(sep, &str_type)) raise_type_error("must be str, not %s", type_name(sep));
    if (S(sep)->len == 0) raise_msg(&ValueError_type, "empty separator");
    intptr_t j = right ? rfind_bytes(CSTR(s), CSTR(sep), S(sep)->len, 0, S(s)->len) : find_bytes(CSTR(s), S(s)->len, CSTR(sep), S(sep)->len, 0);
    val_t t[3];
    if (j < 0) {
        if (right) { t[0] = empty_str; t[1] = empty_str; t[2] = s; }
        else { t[0] = s; t[1] = empty_str; t[2] = empty_str; }
    } else {
        t[0] = str_sub(s, 0, (size_t)j); t[1] = sep;
        t[2] = str_sub(s, (size_t)j + S(sep)->len, S(s)->len - (size_t)j - S(sep)->len);
    }
    return tuple_new(3, t);
}
static val_t str_partition_m(val_t s, val_t sep) { return partition_impl(s, sep, false); }
static val_t str_rpartition_m(val_t s, val_t sep) { return partition_impl(s, sep, true); }
/* the code-point limit of a supported encoding: 0 for UTF-8 (the native form), 128 ascii, 256 latin-1 */
static uint32_t encoding_limit(val_t enc, const char **name) {
    if (!IS_STR(enc)) raise_type_error("encode() argument 'encoding' must be str, not %s", type_name(enc));
    char n[16]; size_t k = 0;
    for (; k < S(enc)->len && k < sizeof n - 1; k++) { char c = CSTR(enc)[k]; n[k] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c | 32) : c; }
    n[k] = 0;
    if (S(enc)->len < sizeof n) {
        if (!cstrcmp(n, "utf-8") || !cstrcmp(n, "utf8")) { *name = "utf-8"; return 0; }
        if (!cstrcmp(n, "ascii") || !cstrcmp(n, "us-ascii")) { *name = "ascii"; return 128; }
        if (!cstrcmp(n, "latin-1") || !cstrcmp(n, "latin1") || !cstrcmp(n, "iso-8859-1") || !cstrcmp(n, "l1")) { *name = "latin-1"; return 256; }
    }
    raise_msg(&LookupError_type, "unknown encoding: %S", enc);
}
static val_t str_encode_m(int npos, int nkw, const val_t *args) {
    val_t enc = npos > 1 ? args[1] : kwarg(npos, nkw, args, "encoding", MISSING);
    val_t errs = npos > 2 ? args[2] : kwarg(npos, nkw, args, "errors", MISSING);
    const char *name = "utf-8";
    uint32_t limit = enc ? encoding_limit(enc, &name) : 0;
    str_t *s = S(args[0]);
    if (!limit || s->ascii) return bytes_new((const uint8_t *)CSTR(args[0]), s->len);
    bool ignore = errs && IS_STR(errs) && !cstrcmp(CSTR(errs), "ignore");
    bool replace = errs && IS_STR(errs) && !cstrcmp(CSTR(errs), "replace");
    sbuf_t b; sb_init(&b, s->len);
    for (size_t i = 0, cp = 0; i < S(args[0])->len; cp++) {
        size_t adv; uint32_t c = vm_utf8_decode(CSTR(args[0]) + i, &adv);
        i += adv;
        if (c < limit) { sb_addc(&b, (char)c); continue; }
        if (replace) { sb_addc(&b, '?'); continue; }
        if (ignore) continue;
        /* strict: the error covers the whole run of unencodable characters */
        size_t end = cp + 1;
        while (i < S(args[0])->len && vm_utf8_decode(CSTR(args[0]) + i, &adv) >= limit) { i += adv; end++; }
        val_t a[5] = { str_from_c(name), args[0], MKSMALL((intptr_t)cp), MKSMALL((intptr_t)end),
                       str_from_c(limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)") };
        raise(exc_new(&UnicodeEncodeError_type, tuple_new(5, a)));
    }
    return bytes_new((const uint8_t *)b.buf, b.len);
}
static val_t str_removeprefix_m(val_t s, val_t p) {
    size_t n = S(p)->len;
    if (S(s)->len >= n && memcmp_(CSTR(s), CSTR(p), n) == 0) return str_sub(s, n, S(s)->len - n);
    return s;
}
static val_t str_removesuffix_m(val_t s, val_t p) {
    size_t n = S(p)->len;
    if (n && S(s)->len >= n && memcmp_(CSTR(s) + S(s)->len - n, CSTR(p), n) == 0) return str_sub(s, 0, S(s)->len - n);
    return s;
}
static val_t str_expandtabs_m(val_t s, val_t ts) {
    intptr_t tab = ts ? int_index(ts, "tabsize") : 8, col = 0;
    sbuf_t b; sb_init(&b, S(s)->len + 8);
    for (size_t i = 0; i < S(s)->len; i++) {
        char c = CSTR(s)[i];
        if (c == '\t') { if (tab > 0) { intptr_t k = tab - col % tab; for (intptr_t j = 0; j < k; j++) sb_addc(&b, ' '); col += k; } }
        else if (c == '\n' || c == '\r') { sb_addc(&b, c); col = 0; }
        else { sb_addc(&b, c); if (((uint8_t)c & 0xC0) != 0x80) col++; }
    }
    return sb_finish(&b);
}
/* ---- translate / maketrans ---- */
/* table[key], or MISSING when the table raises LookupError (translate keeps such characters) */
static val_t translate_lookup(val_t table, val_t key) {
    nlr_buf_t b;
    if (NLR_TRY(&b)) { val_t r = obj_getitem(table, key); nlr_pop(&b); return r; }
    if (!isinstance_of(b.exc, &LookupError_type)) raise(b.exc);
    return MISSING;
}
static val_t str_translate_m(val_t self, val_t table) {
    str_t *s = STR(self);
    sbuf_t b; sb_init(&b, s->len);
    for (size_t i = 0; i < s->len;) {
        size_t adv; uint32_t c = vm_utf8_decode(s->data + i, &adv);
        val_t r = translate_lookup(table, MKSMALL(c));
        if (!r) sb_add(&b, CSTR(self) + i, adv);
        else if (IS_STR(r)) sb_addv(&b, r);
        else if (IS_SMALL(r)) {
            if (SMALL(r) < 0 || SMALL(r) > 0x10FFFF) raise_msg(&ValueError_type, "character mapping must be in range(0x110000)");
            char u[4]; sb_add(&b, u, vm_utf8_encode((uint32_t)SMALL(r), u));
        } else if (r != NONE) raise_type_error("character mapping must return integer, None or str");
        i += adv;
    }
    return sb_finish(&b);
}
/* str.maketrans(dict) / (x, y) / (x, y, z): a dict from code points to code points, str or None */
static val_t str_maketrans_m(int n, const val_t *a) {
    val_t d = dict_new();
    if (n == 1) {
        if (!isinstance_of(a[0], &dict_type)) raise_type_error("if you give only one argument to maketrans it must be a dict");
        size_t pos = 0; val_t k, v;
        while ((k = dict_iternext_entry(a[0], &pos, &v))) {
            if (IS_STR(k) && STR(k)->nchars == 1) { size_t adv; k = MKSMALL(vm_utf8_decode(CSTR(k), &adv)); }
            else if (!IS_SMALL(k)) raise_type_error("keys in translate table must be strings or integers");
            dict_set(d, k, v);
        }
        return d;
    }
    for (int i = 0; i < n; i++)
        if (!IS_STR(a[i])) raise_type_error("maketrans() argument %d must be str, not %s", i + 1, type_name(a[i]));
    if (STR(a[0])->nchars != STR(a[1])->nchars) raise_msg(&ValueError_type, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < STR(a[0])->len;) {
        size_t ai, aj;
        uint32_t x = vm_utf8_decode(CSTR(a[0]) + i, &ai), y = vm_utf8_decode(CSTR(a[1]) + j, &aj);
        dict_set(d, MKSMALL(x), MKSMALL(y));
        i += ai; j += aj;
    }
    for (size_t i = 0; n == 3 && i < STR(a[2])->len;) {
        size_t adv; uint32_t z = vm_utf8_decode(CSTR(a[2]) + i, &adv);
        dict_set(d, MKSMALL(z), NONE);
        i += adv;
    }
    return d;
}
/* str.__format__: a subclass's instance as a plain str, so that format() does not come back to
 * the subclass's own __format__ (which is what calls this through super()) */
static val_t str_format_spec_m(val_t s, val_t spec) {
    if (!IS_STR(spec)) raise_type_error("__format__() argument must be str, not %s", type_name(spec));
    if (type_of(s) != &str_type) s = str_new(CSTR(s), STR(s)->len);
    return format_value(s, spec);
}
static const method_def_t str_methods[] = {
    NATIVE("split", str_split_m, MK_KW, 1, 3),
    NATIVE("rsplit", str_rsplit_m, MK_KW, 1, 3),
    NATIVE("splitlines", str_splitlines_m, MK_KW, 1, 2),
    NATIVE("join", str_join_m, MK_FIXED, 2, 2),
    NATIVE("strip", str_strip_m, MK_FIXED, 1, 2),
    NATIVE("lstrip", str_lstrip_m, MK_FIXED, 1, 2),
    NATIVE("rstrip", str_rstrip_m, MK_FIXED, 1, 2),
    NATIVE("find", str_find_m, MK_VAR, 2, 4),
    NATIVE("rfind", str_rfind_m, MK_VAR, 2, 4),
    NATIVE("index", str_index_m, MK_VAR, 2, 4),
    NATIVE("rindex", str_rindex_m, MK_VAR, 2, 4),
    NATIVE("count", str_count_m, MK_VAR, 2, 4),
    NATIVE("replace", str_replace_m, MK_VAR, 3, 4),
    NATIVE("startswith", str_startswith_m, MK_VAR, 2, 4),
    NATIVE("endswith", str_endswith_m, MK_VAR, 2, 4),
    NATIVE("upper", str_upper_m, MK_FIXED, 1, 1),
    NATIVE("lower", str_lower_m, MK_FIXED, 1, 1),
    NATIVE("casefold", str_casefold_m, MK_FIXED, 1, 1),
    NATIVE("swapcase", str_swapcase_m, MK_FIXED, 1, 1),
    NATIVE("title", str_title_m, MK_FIXED, 1, 1),
    NATIVE("capitalize", str_capitalize_m, MK_FIXED, 1, 1),
    NATIVE("isdigit", str_isdigit_m, MK_FIXED, 1, 1),
    NATIVE("isdecimal", str_isdecimal_m, MK_FIXED, 1, 1),
    NATIVE("isnumeric", str_isnumeric_m, MK_FIXED, 1, 1),
    NATIVE("isalpha", str_isalpha_m, MK_FIXED, 1, 1),
    NATIVE("isalnum", str_isalnum_m, MK_FIXED, 1, 1),
    NATIVE("isspace", str_isspace_m, MK_FIXED, 1, 1),
    NATIVE("isupper", str_isupper_m, MK_FIXED, 1, 1),
    NATIVE("islower", str_islower_m, MK_FIXED, 1, 1),
    NATIVE("istitle", str_istitle_m, MK_FIXED, 1, 1),
    NATIVE("isascii", str_isascii_m, MK_FIXED, 1, 1),
    NATIVE("isprintable", str_isprintable_m, MK_FIXED, 1, 1),
    NATIVE("isidentifier", str_isidentifier_m, MK_FIXED, 1, 1),
    NATIVE("center", str_center_m, MK_FIXED, 2, 3),
    NATIVE("ljust", str_ljust_m, MK_FIXED, 2, 3),
    NATIVE("rjust", str_rjust_m, MK_FIXED, 2, 3),
    NATIVE("zfill", str_zfill_m, MK_FIXED, 2, 2),
    NATIVE("partition", str_partition_m, MK_FIXED, 2, 2),
    NATIVE("rpartition", str_rpartition_m, MK_FIXED, 2, 2),
    NATIVE("encode", str_encode_m, MK_KW, 1, 3),
    NATIVE("format", str_format_method, MK_KW, 1, -1),
    NATIVE("format_map", str_format_map_method, MK_FIXED, 2, 2),
    NATIVE("translate", str_translate_m, MK_FIXED, 2, 2),
    NATIVE("maketrans", str_maketrans_m, MK_STATIC_VAR, 1, 3),
    NATIVE("removeprefix", str_removeprefix_m, MK_FIXED, 2, 2),
    NATIVE("removesuffix", str_removesuffix_m, MK_FIXED, 2, 2),
    NATIVE("expandtabs", str_expandtabs_m, MK_FIXED, 1, 2),
    NATIVE("__format__", str_format_spec_m, MK_FIXED, 2, 2),
    NATIVE_END,
};
type_t str_type = { { &type_type }, "str", TF_BASETYPE, sizeof(str_t), .repr = str_repr, .str = str_str,
    .hash = str_hash_slot, .compare = str_compare, .binary = str_binary, .subscr = str_subscr, .len = str_len,
    .contains = str_contains, .iter = str_iter, .make = str_make, .methods = str_methods,
    .base_type = &object_type };
