/* bytes.c — bytes (immutable) and bytearray (mutable): construction, repr, indexing, slicing,
 * concatenation, comparison, iteration, decode, and the common methods. */
#include "vm.h"
#include "gc.h"

extern val_t type_call(val_t fn, int npos, int nkw, const val_t *args);
extern void slice_indices(val_t sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step, intptr_t *count);
static val_t iter_self(val_t v) { return v; }

val_t bytes_new(const uint8_t *data, size_t len) {
    PIN_SOURCE(data);
    bytes_t *b = new_obj(&bytes_type, sizeof(bytes_t) + len + 1);
    b->len = len;
    b->hash = -1;
    if (data) memcpy_(b->data, data, len);
    return V(b);
}
static bool buf_of(val_t v, const uint8_t **d, size_t *n) {
    *d = NULL; *n = 0;
    if (isinstance_of(v, &bytes_type)) { *d = ((bytes_t *)v)->data; *n = ((bytes_t *)v)->len; return true; }
    if (isinstance_of(v, &bytearray_type)) { *d = ((bytearray_t *)v)->data; *n = ((bytearray_t *)v)->len; return true; }
    return false;
}
/* b'...', wrapped as pre(b'...')post when post is not empty (bytearray and its subclasses: the type name) */
static val_t bytes_like_repr(const uint8_t *d, size_t n, const char *pre, const char *post) {
    bool sq = false, dq = false;
    for (size_t i = 0; i < n; i++) { if (d[i] == '\'') sq = true; if (d[i] == '"') dq = true; }
    char q = sq && !dq ? '"' : '\'';
    sbuf_t b; sb_init(&b, n + 8);
    sb_adds(&b, pre); if (*post) sb_addc(&b, '(');
    sb_addc(&b, 'b'); sb_addc(&b, q);
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (c == (uint8_t)q || c == '\\') { sb_addc(&b, '\\'); sb_addc(&b, (char)c); }
        else if (c == '\n') sb_adds(&b, "\\n");
        else if (c == '\r') sb_adds(&b, "\\r");
        else if (c == '\t') sb_adds(&b, "\\t");
        else if (c < 0x20 || c >= 0x7F) { char t[4] = { '\\', 'x', hx[c >> 4], hx[c & 15] }; sb_add(&b, t, 4); }
        else sb_addc(&b, (char)c);
    }
    sb_addc(&b, q); sb_adds(&b, post);
    return sb_finish(&b);
}
static val_t bytes_repr(val_t v) { return bytes_like_repr(((bytes_t *)v)->data, ((bytes_t *)v)->len, "", ""); }
static val_t bytearray_repr(val_t v) {   /* a subclass shows its own name: BA(b'...') */
    return bytes_like_repr(((bytearray_t *)v)->data, ((bytearray_t *)v)->len, type_name(v), ")");
}
static intptr_t bytes_hash(val_t v) {
    bytes_t *b = (bytes_t *)v;
    if (b->hash != -1) return b->hash;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < b->len; i++) { h ^= b->data[i]; h *= 1099511628211ull; }
    b->hash = (intptr_t)(h >> 2);
    return b->hash;
}
static val_t bytes_compare(int op, val_t a, val_t b) {
    const uint8_t *x, *y; size_t nx, ny;
    if (!buf_of(a, &x, &nx) || !buf_of(b, &y, &ny)) return MISSING;
    size_t n = nx < ny ? nx : ny;
    int c = memcmp_(x, y, n);
    if (c == 0) c = nx < ny ? -1 : nx > ny;
    switch (op) {
    case CMP_LT: return BOOL(c < 0); case CMP_LE: return BOOL(c <= 0);
    case CMP_EQ: return BOOL(c == 0); case CMP_NE: return BOOL(c != 0);
    case CMP_GT: return BOOL(c > 0); default: return BOOL(c >= 0);
    }
}
static val_t make_like(val_t like, const uint8_t *d, size_t n);
static val_t bytes_binary(int op, val_t a, val_t b) {
    int bop = op & 15;
    const uint8_t *x, *y; size_t nx, ny;
    buf_of(a, &x, &nx);
    if (bop == OP_ADD && !(op & 32)) {
        if (!buf_of(b, &y, &ny)) raise_type_error("can't concat %s to %s", type_name(b), type_name(a));
        val_t r = make_like(a, NULL, nx + ny);
        uint8_t *d; size_t n; buf_of(r, (const uint8_t **)&d, &n);
        buf_of(a, &x, &nx); buf_of(b, &y, &ny);
        memcpy_(d, x, nx); memcpy_(d + nx, y, ny);
        return r;
    }
    if (bop == OP_MUL && IS_INT(b)) {
        intptr_t k = int_index(b, "can't multiply"); if (k < 0) k = 0;
        val_t r = make_like(a, NULL, nx * (size_t)k);
        uint8_t *d; size_t n; buf_of(r, (const uint8_t **)&d, &n);
        buf_of(a, &x, &nx);
        for (intptr_t i = 0; i < k; i++) memcpy_(d + (size_t)i * nx, x, nx);
        return r;
    }
    if (bop == OP_MOD && !(op & 32)) {
        extern val_t bytes_mod_format(val_t fmt, val_t args); /* format.c */
        val_t r = bytes_mod_format(a, b);
        return make_like(a, ((bytes_t *)r)->data, ((bytes_t *)r)->len);
    }
    return MISSING;
}
static intptr_t bytes_len(val_t v) { const uint8_t *d; size_t n; buf_of(v, &d, &n); return (intptr_t)n; }
static val_t bytes_subscr(val_t v, val_t idx, val_t value) {
    const uint8_t *d; size_t n; buf_of(v, &d, &n);
    bool mutable = is_type(v, &bytearray_type);
    if (is_type(idx, &slice_type)) {
        intptr_t start, stop, step, cnt;
        slice_indices(idx, (intptr_t)n, &start, &stop, &step, &cnt);
        if (value == SUBSCR_LOAD) {
            val_t r = make_like(v, NULL, (size_t)cnt);
            uint8_t *o; size_t on; buf_of(r, (const uint8_t **)&o, &on);
            buf_of(v, &d, &n);
            for (intptr_t i = 0; i < cnt; i++) o[i] = d[start + i * step];
            return r;
        }
        if (!mutable) return MISSING;
        bytearray_t *ba = (bytearray_t *)v;
        const uint8_t *src = NULL; size_t sn = 0;
        val_t tmp = MISSING;
        if (value != SUBSCR_DEL) {
            if (!buf_of(value, &src, &sn)) { val_t l = list_from_iter(value); tmp = make_like(v, NULL, LIST(l)->len); uint8_t *t; buf_of(tmp, (const uint8_t **)&t, &sn); for (size_t i = 0; i < sn; i++) t[i] = (uint8_t)int_index(LIST(l)->items[i], "byte"); src = t; }
        }
        if (step != 1) {   /* an extended slice: its bytes deleted, or exactly as many assigned */
            if (value == SUBSCR_DEL) {
                size_t w = 0;
                for (size_t i = 0; i < ba->len; i++) {
                    intptr_t off = (intptr_t)i - start;
                    bool hit = off % step == 0 && off / step >= 0 && off / step < cnt;
                    if (!hit) ba->data[w++] = ba->data[i];
                }
                ba->len = w;
                return TRUE_V;
            }
            if ((intptr_t)sn != cnt)
                raise_msg(&ValueError_type, "attempt to assign bytes of size %ld to extended slice of size %ld", (long)sn, (long)cnt);
            uint8_t *t = gc_alloc(sn ? sn : 1);   /* a copy: the source may be this bytearray */
            memcpy_(t, src, sn);
            for (intptr_t k = 0; k < cnt; k++) ba->data[start + k * step] = t[k];
            (void)tmp;
            return TRUE_V;
        }
        if (stop < start) stop = start;
        size_t newlen = ba->len - (size_t)(stop - start) + sn;
        uint8_t *nd = gc_alloc(newlen + 1);
        memcpy_(nd, ba->data, (size_t)start);
        if (sn) memcpy_(nd + start, src, sn);
        memcpy_(nd + start + sn, ba->data + stop, ba->len - (size_t)stop);
        ba->data = nd; ba->len = newlen; ba->cap = newlen + 1;
        (void)tmp;
        return TRUE_V;
    }
    intptr_t i = int_index(idx, mutable ? "bytearray indices" : "byte indices");
    if (i < 0) i += (intptr_t)n;
    if (i < 0 || i >= (intptr_t)n) raise_msg(&IndexError_type, mutable ? "bytearray index out of range" : "index out of range");
    if (value == SUBSCR_LOAD) return MKSMALL(d[i]);
    if (!mutable) return MISSING;
    bytearray_t *ba = (bytearray_t *)v;
    if (value == SUBSCR_DEL) { memmove_(ba->data + i, ba->data + i + 1, ba->len - (size_t)i - 1); ba->len--; return TRUE_V; }
    intptr_t x = int_index(value, "byte");
    if (x < 0 || x > 255) raise_msg(&ValueError_type, "byte must be in range(0, 256)");
    ba->data[i] = (uint8_t)x;
    return TRUE_V;
}
static int bytes_contains(val_t v, val_t x) {
    const uint8_t *d; size_t n; buf_of(v, &d, &n);
    if (IS_INT(x)) { intptr_t c = int_index(x, "byte"); for (size_t i = 0; i < n; i++) if (d[i] == c) return 1; return 0; }
    const uint8_t *s; size_t sn;
    if (!buf_of(x, &s, &sn)) raise_type_error("a bytes-like object is required, not '%s'", type_name(x));
    for (size_t i = 0; i + sn <= n; i++) if (memcmp_(d + i, s, sn) == 0) return 1;
    return 0;
}
typedef struct { obj_t base; val_t b; size_t i; } bytesit_t;
type_t bytes_iter_type;
static val_t bytes_iter(val_t v) { bytesit_t *it = new_obj(&bytes_iter_type, sizeof(bytesit_t)); it->b = v; return V(it); }
static val_t bytes_iter_next(val_t v) {
    bytesit_t *it = (bytesit_t *)v;
    const uint8_t *d; size_t n; buf_of(it->b, &d, &n);
    if (it->i >= n) return MISSING;
    return MKSMALL(d[it->i++]);
}
type_t bytes_iter_type = { { &type_type }, "bytes_iterator", 0, sizeof(bytesit_t), .iter = iter_self, .iternext = bytes_iter_next };

static val_t bytearray_new(const uint8_t *d, size_t n) {
    PIN_SOURCE(d);
    bytearray_t *b = new_obj(&bytearray_type, sizeof(bytearray_t));
    b->data = gc_alloc(n + 1);
    b->cap = n + 1;
    b->len = n;
    if (d) memcpy_(b->data, d, n);
    return V(b);
}
static val_t make_like(val_t like, const uint8_t *d, size_t n) {
    return is_type(like, &bytearray_type) ? bytearray_new(d, n) : bytes_new(d, n);
}
static val_t from_arg(val_t a, bool mutable) {
    const uint8_t *d; size_t n;
    if (IS_INT(a)) {
        intptr_t k = int_index(a, "count");
        if (k < 0) raise_msg(&ValueError_type, "negative count");
        return mutable ? bytearray_new(NULL, (size_t)k) : bytes_new(NULL, (size_t)k);
    }
    if (buf_of(a, &d, &n)) return mutable ? bytearray_new(d, n) : bytes_new(d, n);
    if (IS_STR(a)) raise_type_error("string argument without an encoding");
    val_t l = list_from_iter(a);
    val_t r = mutable ? bytearray_new(NULL, LIST(l)->len) : bytes_new(NULL, LIST(l)->len);
    uint8_t *o; buf_of(r, (const uint8_t **)&o, &n);
    for (size_t i = 0; i < n; i++) {
        intptr_t x = int_index(LIST(l)->items[i], "byte");
        if (x < 0 || x > 255) raise_msg(&ValueError_type, "bytes must be in range(0, 256)");
        o[i] = (uint8_t)x;
    }
    return r;
}
static val_t bytes_make(const type_t *t, int npos, int nkw, const val_t *args) {
    bool mutable = t == &bytearray_type;
    if (npos == 0 && nkw == 0) return mutable ? bytearray_new(NULL, 0) : bytes_new(NULL, 0);
    val_t src = npos ? args[0] : kwarg(npos, nkw, args, "source", MISSING);
    if (IS_STR(src) && (npos > 1 || kwarg(npos, nkw, args, "encoding", MISSING)))
        return mutable ? bytearray_new((const uint8_t *)CSTR(src), STR(src)->len) : bytes_new((const uint8_t *)CSTR(src), STR(src)->len);
    return from_arg(src, mutable);
}
/* bytearray.__init__: what bytearray(...) makes, into an existing bytearray (bytearray.__new__
 * ignores its arguments) */
static val_t ba_init_m(int npos, int nkw, const val_t *args) {
    bytearray_t *self = (bytearray_t *)args[0];
    bytearray_t *fresh = (bytearray_t *)bytes_make(&bytearray_type, npos - 1, nkw, args + 1);
    self->len = fresh->len; self->cap = fresh->cap; self->data = fresh->data;
    return NONE;
}
/* UnicodeDecodeError(encoding, object, start, end, reason), as CPython builds it */
__attribute__((noreturn)) static void decode_error(const uint8_t *d, size_t n, size_t start, size_t end, const char *why) {
    val_t a[5] = { str_from_c("utf-8"), bytes_new(d, n), MKSMALL((intptr_t)start), MKSMALL((intptr_t)end), str_from_c(why) };
    raise(exc_new(&UnicodeDecodeError_type, tuple_new(5, a)));
}
static val_t bytes_decode_m(int npos, int nkw, const val_t *args) {
    (void)npos; (void)nkw;
    const uint8_t *d; size_t n; buf_of(args[0], &d, &n);
    for (size_t i = 0; i < n;) {
        uint8_t c = d[i];
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!len) decode_error(d, n, i, i + 1, "invalid start byte");
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n) decode_error(d, n, i, n, "unexpected end of data");
            if ((d[i + k] & 0xC0) != 0x80) decode_error(d, n, i, i + k, "invalid continuation byte");
        }
        i += len;
    }
    return str_new((const char *)d, n);
}
/* hex([sep[, bytes_per_sep]]): sep between groups of bytes_per_sep bytes, counted from the
 * right (a negative count: from the left), as CPython's */
static val_t bytes_hex_m(val_t self, val_t sepv, val_t per) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    static const char hx[] = "0123456789abcdef";
    char sep = 0;
    if (sepv && sepv != NONE) {
        const uint8_t *sd; size_t sl;
        if (IS_STR(sepv)) { sd = (const uint8_t *)CSTR(sepv); sl = STR(sepv)->len; }
        else if (!buf_of(sepv, &sd, &sl)) raise_type_error("sep must be str or bytes.");
        if (sl != 1) raise_msg(&ValueError_type, "sep must be length 1.");
        sep = (char)sd[0];
    }
    intptr_t k = per ? int_index(per, "bytes_per_sep") : 1;
    size_t g = (size_t)(k < 0 ? -k : k);
    sbuf_t b; sb_init(&b, 3 * n + 1);
    buf_of(self, &d, &n);
    for (size_t i = 0; i < n; i++) {
        /* a separator before byte i when a group boundary falls there */
        if (sep && i && g && (k < 0 ? i % g == 0 : (n - i) % g == 0)) sb_addc(&b, sep);
        sb_addc(&b, hx[d[i] >> 4]); sb_addc(&b, hx[d[i] & 15]);
    }
    return sb_finish(&b);
}
static val_t bytes_join_m(val_t self, val_t it) {
    val_t l = list_from_iter(it);
    const uint8_t *sep; size_t sn; buf_of(self, &sep, &sn);
    size_t total = 0;
    for (size_t i = 0; i < LIST(l)->len; i++) {
        const uint8_t *d; size_t n;
        if (!buf_of(LIST(l)->items[i], &d, &n)) raise_type_error("sequence item %d: expected a bytes-like object, %s found", (int)i, type_name(LIST(l)->items[i]));
        total += n + (i ? sn : 0);
    }
    val_t r = make_like(self, NULL, total);
    uint8_t *o; size_t on; buf_of(r, (const uint8_t **)&o, &on);
    size_t p = 0;
    buf_of(self, &sep, &sn);
    for (size_t i = 0; i < LIST(l)->len; i++) {
        const uint8_t *d; size_t n; buf_of(LIST(l)->items[i], &d, &n);
        if (i) { memcpy_(o + p, sep, sn); p += sn; }
        memcpy_(o + p, d, n); p += n;
    }
    return r;
}
static val_t bytes_fromhex_m(int n, const val_t *args) {
    (void)n;
    val_t s = args[1];
    val_t r = bytes_new(NULL, STR(s)->len / 2);
    size_t k = 0;
    for (size_t i = 0; i < STR(s)->len;) {
        char c = CSTR(s)[i];
        if (c == ' ') { i++; continue; }
        int hi = c <= '9' ? c - '0' : (c | 32) - 'a' + 10, lo;
        char c2 = i + 1 < STR(s)->len ? CSTR(s)[i + 1] : '?';
        lo = c2 <= '9' ? c2 - '0' : (c2 | 32) - 'a' + 10;
        if (hi < 0 || hi > 15 || lo < 0 || lo > 15) raise_msg(&ValueError_type, "non-hexadecimal number found in fromhex() arg at position %d", (int)i);
        ((bytes_t *)r)->data[k++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    ((bytes_t *)r)->len = k;
    if (is_type(args[0], &type_type) && TYPE(args[0]) == &bytearray_type) return bytearray_new(((bytes_t *)r)->data, k);
    return r;
}
static val_t ba_append_m(val_t self, val_t x) {
    bytearray_t *b = (bytearray_t *)self;
    intptr_t c = int_index(x, "byte");
    if (c < 0 || c > 255) raise_msg(&ValueError_type, "byte must be in range(0, 256)");
    if (b->len + 1 >= b->cap) { size_t nc = b->cap * 2 + 8; b->data = gc_realloc(b->data, b->cap, nc); b->cap = nc; }
    b->data[b->len++] = (uint8_t)c;
    return NONE;
}
static val_t ba_extend_m(val_t self, val_t x) {
    val_t add = from_arg(x, false);
    bytes_t *a = (bytes_t *)add;
    for (size_t i = 0; i < a->len; i++) ba_append_m(self, MKSMALL(a->data[i]));
    return NONE;
}
static val_t ba_pop_m(val_t self, val_t idx) {
    bytearray_t *b = (bytearray_t *)self;
    if (!b->len) raise_msg(&IndexError_type, "pop from empty bytearray");
    intptr_t i = idx ? int_index(idx, "index") : (intptr_t)b->len - 1;
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) raise_msg(&IndexError_type, "pop index out of range");
    uint8_t c = b->data[i];
    memmove_(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return MKSMALL(c);
}
/* ---- the str-like methods: ASCII-only case and whitespace, as CPython's bytes ---- */
static bool b_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_digit(uint8_t c) { return c >= '0' && c <= '9'; }
/* a bytes-like argument, or an int as the one-byte sequence *one */
static void sub_arg(val_t sub, uint8_t *one, const uint8_t **s, size_t *sn) {
    if (IS_INT(sub)) {
        intptr_t c = int_index(sub, "byte");
        if (c < 0 || c > 255) raise_msg(&ValueError_type, "byte must be in range(0, 256)");
        *one = (uint8_t)c; *s = one; *sn = 1;
    } else if (!buf_of(sub, s, sn)) raise_type_error("argument should be integer or bytes-like object, not '%s'", type_name(sub));
}
static intptr_t b_rfind(const uint8_t *d, size_t n, const uint8_t *s, size_t sn) {
    for (size_t i = n + 1; i-- > 0;) if (i + sn <= n && memcmp_(d + i, s, sn) == 0) return (intptr_t)i;
    return -1;
}
/* The [start:end] window of a search method's optional arguments args[2], args[3] over len
 * bytes, clipped as a slice is; false when start lies past the end (nothing can match, not even
 * b''). */
static bool b_window(int n, const val_t *args, size_t len, size_t *lo, size_t *hi) {
    intptr_t a = 0, b = (intptr_t)len, l = (intptr_t)len;
    if (n > 2 && args[2] != NONE) { a = index_clipped(args[2], SLICE_INDEX_ERROR); if (a < 0) { a += l; if (a < 0) a = 0; } }
    if (n > 3 && args[3] != NONE) { b = index_clipped(args[3], SLICE_INDEX_ERROR); if (b < 0) { b += l; if (b < 0) b = 0; } }
    if (b > l) b = l;
    if (a > l || a > b) return false;
    *lo = (size_t)a; *hi = (size_t)b;
    return true;
}
enum { B_FIND, B_RFIND, B_INDEX, B_RINDEX, B_COUNT };
/* find/rfind/index/rindex/count(sub[, start[, end]]) */
static val_t b_search(int n, const val_t *args, int how) {
    const uint8_t *d, *s; size_t len, sn, lo = 0, hi = 0; uint8_t one;
    buf_of(args[0], &d, &len);
    sub_arg(args[1], &one, &s, &sn);
    bool in = b_window(n, args, len, &lo, &hi);
    buf_of(args[0], &d, &len);   /* __index__ of a bound may have run Python code */
    if (in && hi > len) in = false;
    intptr_t r = -1, c = 0;
    if (how == B_COUNT) {
        if (!in) return MKSMALL(0);
        if (!sn) return MKSMALL((intptr_t)(hi - lo) + 1);
        for (size_t i = lo; i + sn <= hi;) { if (memcmp_(d + i, s, sn) == 0) { c++; i += sn; } else i++; }
        return MKSMALL(c);
    }
    if (in && (how == B_FIND || how == B_INDEX)) {
        for (size_t i = lo; i + sn <= hi; i++) if (memcmp_(d + i, s, sn) == 0) { r = (intptr_t)i; break; }
    } else if (in) {
        intptr_t i = b_rfind(d + lo, hi - lo, s, sn);
        if (i >= 0) r = i + (intptr_t)lo;
    }
    if (r < 0 && (how == B_INDEX || how == B_RINDEX)) raise_msg(&ValueError_type, "subsection not found");
    return MKSMALL(r);
}
static val_t bytes_find_m(int n, const val_t *a) { return b_search(n, a, B_FIND); }
static val_t bytes_rfind_m(int n, const val_t *a) { return b_search(n, a, B_RFIND); }
static val_t bytes_index_m(int n, const val_t *a) { return b_search(n, a, B_INDEX); }
static val_t bytes_rindex_m(int n, const val_t *a) { return b_search(n, a, B_RINDEX); }
static val_t bytes_count_m(int n, const val_t *a) { return b_search(n, a, B_COUNT); }
/* startswith/endswith(affix or tuple of them[, start[, end]]) */
static val_t b_affix(int n, const val_t *args, bool end) {
    val_t x = args[1];
    size_t k = IS_TUPLE(x) ? TUPLE(x)->len : 1;
    for (size_t i = 0; i < k; i++) {
        val_t one = IS_TUPLE(x) ? TUPLE(x)->items[i] : x;
        const uint8_t *d, *s; size_t len, sn, lo = 0, hi = 0;
        if (!buf_of(one, &s, &sn)) {
            if (IS_TUPLE(x)) raise_type_error("a bytes-like object is required, not '%s'", type_name(one));
            raise_type_error("%s first arg must be bytes or a tuple of bytes, not %s", end ? "endswith" : "startswith", type_name(x));
        }
        buf_of(args[0], &d, &len);
        if (!b_window(n, args, len, &lo, &hi)) continue;
        buf_of(args[0], &d, &len); buf_of(one, &s, &sn);
        if (hi <= len && sn <= hi - lo && memcmp_(d + (end ? hi - sn : lo), s, sn) == 0) return TRUE_V;
    }
    return FALSE_V;
}
static val_t bytes_startswith_m(int n, const val_t *a) { return b_affix(n, a, false); }
static val_t bytes_endswith_m(int n, const val_t *a) { return b_affix(n, a, true); }
/* partition/rpartition(sep): (head, sep, tail), the whole in head (tail for rpartition) when sep
 * is absent */
static val_t b_partition(val_t self, val_t sep, bool right) {
    const uint8_t *d, *s; size_t n, sn; buf_of(self, &d, &n);
    if (!buf_of(sep, &s, &sn)) raise_type_error("a bytes-like object is required, not '%s'", type_name(sep));
    if (!sn) raise_msg(&ValueError_type, "empty separator");
    intptr_t at = -1;
    if (right) at = b_rfind(d, n, s, sn);
    else for (size_t i = 0; i + sn <= n; i++) if (memcmp_(d + i, s, sn) == 0) { at = (intptr_t)i; break; }
    val_t t[3];
    if (at < 0) {
        t[0] = right ? make_like(self, NULL, 0) : make_like(self, d, n);
        t[1] = make_like(self, NULL, 0);
        buf_of(self, &d, &n);
        t[2] = right ? make_like(self, d, n) : make_like(self, NULL, 0);
    } else {
        t[0] = make_like(self, d, (size_t)at);
        buf_of(sep, &s, &sn);
        t[1] = make_like(self, s, sn);
        buf_of(self, &d, &n);
        t[2] = make_like(self, d + at + sn, n - (size_t)at - sn);
    }
    return tuple_new(3, t);
}
static val_t bytes_partition_m(val_t self, val_t sep) { return b_partition(self, sep, false); }
static val_t bytes_rpartition_m(val_t self, val_t sep) { return b_partition(self, sep, true); }
static val_t b_remove_affix(val_t self, val_t x, bool suffix) {
    const uint8_t *d, *s; size_t n, sn; buf_of(self, &d, &n);
    if (!buf_of(x, &s, &sn)) raise_type_error("a bytes-like object is required, not '%s'", type_name(x));
    bool has = sn <= n && memcmp_(suffix ? d + n - sn : d, s, sn) == 0;
    if (!has) return make_like(self, d, n);
    return make_like(self, suffix ? d : d + sn, n - sn);
}
static val_t bytes_removeprefix_m(val_t self, val_t x) { return b_remove_affix(self, x, false); }
static val_t bytes_removesuffix_m(val_t self, val_t x) { return b_remove_affix(self, x, true); }
static bool b_in(const uint8_t *c, size_t n, uint8_t x) { for (size_t i = 0; i < n; i++) if (c[i] == x) return true; return false; }
static val_t b_strip(val_t self, val_t chars, int which) {
    const uint8_t *d, *c = NULL; size_t n, cn = 0;
    buf_of(self, &d, &n);
    if (chars && chars != NONE && !buf_of(chars, &c, &cn)) raise_type_error("a bytes-like object is required, not '%s'", type_name(chars));
    size_t a = 0, z = n;
#define STRIPPED(x) (c ? b_in(c, cn, (x)) : b_space(x))
    if (which & 1) while (a < z && STRIPPED(d[a])) a++;
    if (which & 2) while (z > a && STRIPPED(d[z - 1])) z--;
#undef STRIPPED
    return make_like(self, d + a, z - a);
}
static val_t bytes_strip_m(val_t self, val_t chars) { return b_strip(self, chars, 3); }
static val_t bytes_lstrip_m(val_t self, val_t chars) { return b_strip(self, chars, 1); }
static val_t bytes_rstrip_m(val_t self, val_t chars) { return b_strip(self, chars, 2); }
/* split on runs of ASCII whitespace; from the right when right (pieces then reversed) */
static val_t b_split_ws(val_t self, intptr_t maxsplit, bool right) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    val_t out = list_new(0, NULL);
    size_t a = 0, z = n;
    for (;;) {
        if (right) { while (z > a && b_space(d[z - 1])) z--; } else { while (a < z && b_space(d[a])) a++; }
        if (a == z) break;
        if (maxsplit == 0) { list_append(out, make_like(self, d + a, z - a)); break; }
        maxsplit--;
        buf_of(self, &d, &n);
        if (right) { size_t e = z; while (z > a && !b_space(d[z - 1])) z--; list_append(out, make_like(self, d + z, e - z)); }
        else { size_t b = a; while (a < z && !b_space(d[a])) a++; list_append(out, make_like(self, d + b, a - b)); }
        buf_of(self, &d, &n);
    }
    if (right) list_reverse(out);
    return out;
}
static val_t b_split(val_t self, val_t sep, intptr_t maxsplit, bool right) {
    if (sep == NONE) return b_split_ws(self, maxsplit, right);
    const uint8_t *d, *s; size_t n, sn;
    if (!buf_of(sep, &s, &sn)) raise_type_error("a bytes-like object is required, not '%s'", type_name(sep));
    if (!sn) raise_msg(&ValueError_type, "empty separator");
    val_t out = list_new(0, NULL);
    size_t a = 0, z;
    buf_of(self, &d, &n); z = n;
    while (maxsplit-- != 0) {
        intptr_t at;
        if (right) at = b_rfind(d + a, z - a, s, sn);
        else { at = -1; for (size_t i = a; i + sn <= z; i++) if (memcmp_(d + i, s, sn) == 0) { at = (intptr_t)(i - a); break; } }
        if (at < 0) break;
        size_t p = a + (size_t)at;
        if (right) { list_append(out, make_like(self, d + p + sn, z - p - sn)); z = p; }
        else { list_append(out, make_like(self, d + a, p - a)); a = p + sn; }
        buf_of(self, &d, &n); buf_of(sep, &s, &sn);
    }
    list_append(out, make_like(self, d + a, z - a));
    if (right) list_reverse(out);
    return out;
}
static val_t bytes_split_m(int npos, int nkw, const val_t *args) {
    val_t sep = npos > 1 ? args[1] : kwarg(npos, nkw, args, "sep", NONE);
    val_t mx = npos > 2 ? args[2] : kwarg(npos, nkw, args, "maxsplit", MKSMALL(-1));
    return b_split(args[0], sep, int_index(mx, "maxsplit"), false);
}
static val_t bytes_rsplit_m(int npos, int nkw, const val_t *args) {
    val_t sep = npos > 1 ? args[1] : kwarg(npos, nkw, args, "sep", NONE);
    val_t mx = npos > 2 ? args[2] : kwarg(npos, nkw, args, "maxsplit", MKSMALL(-1));
    return b_split(args[0], sep, int_index(mx, "maxsplit"), true);
}
static val_t bytes_splitlines_m(int npos, int nkw, const val_t *args) {
    val_t keep = npos > 1 ? args[1] : kwarg(npos, nkw, args, "keepends", FALSE_V);
    bool keepends = obj_truth(keep);
    const uint8_t *d; size_t n; buf_of(args[0], &d, &n);
    val_t out = list_new(0, NULL);
    for (size_t a = 0; a < n;) {
        size_t e = a;
        while (e < n && d[e] != '\n' && d[e] != '\r') e++;
        size_t next = e < n ? e + (d[e] == '\r' && e + 1 < n && d[e + 1] == '\n' ? 2 : 1) : n;
        list_append(out, make_like(args[0], d + a, keepends ? next - a : e - a));
        buf_of(args[0], &d, &n);
        a = next;
    }
    return out;
}
static val_t bytes_replace_m(int n_, const val_t *a) {
    const uint8_t *d, *o, *w; size_t n, on, wn;
    buf_of(a[0], &d, &n);
    if (!buf_of(a[1], &o, &on) || !buf_of(a[2], &w, &wn)) raise_type_error("a bytes-like object is required");
    intptr_t count = n_ > 3 ? int_index(a[3], "count") : -1;
    sbuf_t b; sb_init(&b, n + 1);
    size_t i = 0;
    while (i <= n) {
        bool hit = count != 0 && i + on <= n && memcmp_(d + i, o, on) == 0;
        if (hit) {
            sb_add(&b, (const char *)w, wn); count--;
            if (on) { i += on; continue; }
        }
        if (i < n) sb_addc(&b, (char)d[i]);
        i++;
        buf_of(a[0], &d, &n); buf_of(a[1], &o, &on); buf_of(a[2], &w, &wn);
    }
    return make_like(a[0], (const uint8_t *)b.buf, b.len);
}
static val_t b_map_case(val_t self, bool up) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    val_t r = make_like(self, d, n);
    uint8_t *o; size_t on; buf_of(r, (const uint8_t **)&o, &on);
    for (size_t i = 0; i < on; i++) {
        if (up && b_lower(o[i])) o[i] -= 32;
        else if (!up && b_upper(o[i])) o[i] += 32;
    }
    return r;
}
static val_t bytes_upper_m(val_t self) { return b_map_case(self, true); }
static val_t bytes_lower_m(val_t self) { return b_map_case(self, false); }
static val_t b_test(val_t self, bool (*ok)(uint8_t)) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    if (!n) return FALSE_V;
    for (size_t i = 0; i < n; i++) if (!ok(d[i])) return FALSE_V;
    return TRUE_V;
}
static bool b_alpha(uint8_t c) { return b_lower(c) || b_upper(c); }
static bool b_alnum(uint8_t c) { return b_alpha(c) || b_digit(c); }
static val_t bytes_isalpha_m(val_t self) { return b_test(self, b_alpha); }
static val_t bytes_isdigit_m(val_t self) { return b_test(self, b_digit); }
static val_t bytes_isalnum_m(val_t self) { return b_test(self, b_alnum); }
static val_t bytes_isspace_m(val_t self) { return b_test(self, b_space); }
/* width padding: left/right fill counts as CPython's center (extra byte right unless width odd) */
static val_t b_pad(val_t self, val_t widthv, val_t fillv, int how) {
    const uint8_t *d, *f; size_t n, fn;
    uint8_t fill = ' ';
    if (fillv) {
        if (!buf_of(fillv, &f, &fn) || fn != 1) raise_type_error("argument 2 must be a byte string of length 1, not %s", type_name(fillv));
        fill = f[0];
    }
    intptr_t w = int_index(widthv, "width");
    buf_of(self, &d, &n);
    if (w <= (intptr_t)n) return make_like(self, d, n);
    size_t pad = (size_t)w - n, left = how == 0 ? pad / 2 + (pad & (size_t)w & 1) : how == 1 ? 0 : pad;
    val_t r = make_like(self, NULL, (size_t)w);
    uint8_t *o; size_t on; buf_of(r, (const uint8_t **)&o, &on);
    buf_of(self, &d, &n);
    memset_(o, fill, on);
    memcpy_(o + left, d, n);
    return r;
}
static val_t bytes_center_m(val_t self, val_t w, val_t f) { return b_pad(self, w, f, 0); }
static val_t bytes_ljust_m(val_t self, val_t w, val_t f) { return b_pad(self, w, f, 1); }
static val_t bytes_rjust_m(val_t self, val_t w, val_t f) { return b_pad(self, w, f, 2); }
static val_t bytes_zfill_m(val_t self, val_t widthv) {
    val_t r = b_pad(self, widthv, MISSING, 2);
    uint8_t *o; size_t on; buf_of(r, (const uint8_t **)&o, &on);
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    size_t pad = on - n;
    for (size_t i = 0; i < pad; i++) o[i] = '0';
    if (pad && n && (d[0] == '+' || d[0] == '-')) { o[0] = d[0]; o[pad] = '0'; }
    return r;
}

/* ---- bytearray's list-like mutators ---- */
static val_t ba_insert_m(val_t self, val_t idx, val_t x) {
    bytearray_t *b = (bytearray_t *)self;
    intptr_t i = int_index(idx, "index"), n = (intptr_t)b->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    ba_append_m(self, x);                 /* checks the byte and grows the buffer */
    uint8_t c = b->data[n];
    memmove_(b->data + i + 1, b->data + i, (size_t)(n - i));
    b->data[i] = c;
    return NONE;
}
static val_t ba_reverse_m(val_t self) {
    bytearray_t *b = (bytearray_t *)self;
    for (size_t k = 0; k < b->len / 2; k++) { uint8_t t = b->data[k]; b->data[k] = b->data[b->len - 1 - k]; b->data[b->len - 1 - k] = t; }
    return NONE;
}
static val_t ba_remove_m(val_t self, val_t x) {
    bytearray_t *b = (bytearray_t *)self;
    intptr_t c = int_index(x, "byte");
    if (c < 0 || c > 255) raise_msg(&ValueError_type, "byte must be in range(0, 256)");
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == c) { memmove_(b->data + i, b->data + i + 1, b->len - i - 1); b->len--; return NONE; }
    raise_msg(&ValueError_type, "value not found in bytearray");
}
static val_t ba_clear_m(val_t self) { ((bytearray_t *)self)->len = 0; return NONE; }
static val_t ba_copy_m(val_t self) { return bytearray_new(((bytearray_t *)self)->data, ((bytearray_t *)self)->len); }

#define BYTES_COMMON_METHODS \
    NATIVE("rfind", bytes_rfind_m, MK_VAR, 2, 4), \
    NATIVE("index", bytes_index_m, MK_VAR, 2, 4), \
    NATIVE("rindex", bytes_rindex_m, MK_VAR, 2, 4), \
    NATIVE("partition", bytes_partition_m, MK_FIXED, 2, 2), \
    NATIVE("rpartition", bytes_rpartition_m, MK_FIXED, 2, 2), \
    NATIVE("removeprefix", bytes_removeprefix_m, MK_FIXED, 2, 2), \
    NATIVE("removesuffix", bytes_removesuffix_m, MK_FIXED, 2, 2), \
    NATIVE("strip", bytes_strip_m, MK_FIXED, 1, 2), \
    NATIVE("lstrip", bytes_lstrip_m, MK_FIXED, 1, 2), \
    NATIVE("rstrip", bytes_rstrip_m, MK_FIXED, 1, 2), \
    NATIVE("split", bytes_split_m, MK_KW, 1, 3), \
    NATIVE("rsplit", bytes_rsplit_m, MK_KW, 1, 3), \
    NATIVE("splitlines", bytes_splitlines_m, MK_KW, 1, 2), \
    NATIVE("replace", bytes_replace_m, MK_VAR, 3, 4), \
    NATIVE("upper", bytes_upper_m, MK_FIXED, 1, 1), \
    NATIVE("lower", bytes_lower_m, MK_FIXED, 1, 1), \
    NATIVE("isalpha", bytes_isalpha_m, MK_FIXED, 1, 1), \
    NATIVE("isdigit", bytes_isdigit_m, MK_FIXED, 1, 1), \
    NATIVE("isalnum", bytes_isalnum_m, MK_FIXED, 1, 1), \
    NATIVE("isspace", bytes_isspace_m, MK_FIXED, 1, 1), \
    NATIVE("center", bytes_center_m, MK_FIXED, 2, 3), \
    NATIVE("ljust", bytes_ljust_m, MK_FIXED, 2, 3), \
    NATIVE("rjust", bytes_rjust_m, MK_FIXED, 2, 3), \
    NATIVE("zfill", bytes_zfill_m, MK_FIXED, 2, 2)
static const method_def_t bytes_methods[] = {
    BYTES_COMMON_METHODS,
    NATIVE("decode", bytes_decode_m, MK_KW, 1, 3),
    NATIVE("hex", bytes_hex_m, MK_FIXED, 1, 3),
    NATIVE("find", bytes_find_m, MK_VAR, 2, 4),
    NATIVE("count", bytes_count_m, MK_VAR, 2, 4),
    NATIVE("join", bytes_join_m, MK_FIXED, 2, 2),
    NATIVE("startswith", bytes_startswith_m, MK_VAR, 2, 4),
    NATIVE("endswith", bytes_endswith_m, MK_VAR, 2, 4),
    NATIVE("fromhex", bytes_fromhex_m, MK_CLASS_VAR, 2, 2),
    NATIVE_END,
};
static const method_def_t bytearray_methods[] = {
    NATIVE("__init__", ba_init_m, MK_KW, 1, -1),
    BYTES_COMMON_METHODS,
    NATIVE("insert", ba_insert_m, MK_FIXED, 3, 3),
    NATIVE("reverse", ba_reverse_m, MK_FIXED, 1, 1),
    NATIVE("remove", ba_remove_m, MK_FIXED, 2, 2),
    NATIVE("clear", ba_clear_m, MK_FIXED, 1, 1),
    NATIVE("copy", ba_copy_m, MK_FIXED, 1, 1),
    NATIVE("decode", bytes_decode_m, MK_KW, 1, 3),
    NATIVE("hex", bytes_hex_m, MK_FIXED, 1, 3),
    NATIVE("find", bytes_find_m, MK_VAR, 2, 4),
    NATIVE("count", bytes_count_m, MK_VAR, 2, 4),
    NATIVE("join", bytes_join_m, MK_FIXED, 2, 2),
    NATIVE("append", ba_append_m, MK_FIXED, 2, 2),
    NATIVE("extend", ba_extend_m, MK_FIXED, 2, 2),
    NATIVE("pop", ba_pop_m, MK_FIXED, 1, 2),
    NATIVE("fromhex", bytes_fromhex_m, MK_CLASS_VAR, 2, 2),
    NATIVE_END,
};
type_t bytes_type = { { &type_type }, "bytes", TF_BASETYPE, sizeof(bytes_t), .repr = bytes_repr, .hash = bytes_hash,
    .compare = bytes_compare, .binary = bytes_binary, .len = bytes_len, .subscr = bytes_subscr,
    .contains = bytes_contains, .iter = bytes_iter, .make = bytes_make, .methods = bytes_methods,
    .base_type = &object_type };
type_t bytearray_type = { { &type_type }, "bytearray", TF_BASETYPE, sizeof(bytearray_t), .repr = bytearray_repr,
    .compare = bytes_compare, .binary = bytes_binary, .len = bytes_len, .subscr = bytes_subscr,
    .contains = bytes_contains, .iter = bytes_iter, .make = bytes_make,
    .methods = bytearray_methods, .base_type = &object_type };
