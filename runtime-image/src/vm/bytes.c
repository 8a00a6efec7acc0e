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
static val_t bytes_like_repr(const uint8_t *d, size_t n, const char *pre, const char *post) {
    bool sq = false, dq = false;
    for (size_t i = 0; i < n; i++) { if (d[i] == '\'') sq = true; if (d[i] == '"') dq = true; }
    char q = sq && !dq ? '"' : '\'';
    sbuf_t b; sb_init(&b, n + 8);
    sb_adds(&b, pre); sb_addc(&b, 'b'); sb_addc(&b, q);
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
static val_t bytearray_repr(val_t v) { return bytes_like_repr(((bytearray_t *)v)->data, ((bytearray_t *)v)->len, "bytearray(", ")"); }
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
    if (bop == OP_MOD && !(op & 32)) raise_type_error("bytes %% formatting is not supported");
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
        if (step != 1) raise_type_error("extended slice assignment is not supported for bytearray");
        bytearray_t *ba = (bytearray_t *)v;
        const uint8_t *src = NULL; size_t sn = 0;
        val_t tmp = MISSING;
        if (value != SUBSCR_DEL) {
            if (!buf_of(value, &src, &sn)) { val_t l = list_from_iter(value); tmp = make_like(v, NULL, LIST(l)->len); uint8_t *t; buf_of(tmp, (const uint8_t **)&t, &sn); for (size_t i = 0; i < sn; i++) t[i] = (uint8_t)int_index(LIST(l)->items[i], "byte"); src = t; }
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
static val_t bytes_decode_m(int npos, int nkw, const val_t *args) {
    (void)npos; (void)nkw;
    const uint8_t *d; size_t n; buf_of(args[0], &d, &n);
    for (size_t i = 0; i < n;) {
        uint8_t c = d[i];
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = len && i + len <= n;
        for (size_t k = 1; ok && k < len; k++) if ((d[i + k] & 0xC0) != 0x80) ok = false;
        if (!ok) raise_msg(&UnicodeDecodeError_type, "'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte", c, (int)i);
        i += len;
    }
    return str_new((const char *)d, n);
}
static val_t bytes_hex_m(val_t self) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    static const char hx[] = "0123456789abcdef";
    sbuf_t b; sb_init(&b, 2 * n + 1);
    for (size_t i = 0; i < n; i++) { sb_addc(&b, hx[d[i] >> 4]); sb_addc(&b, hx[d[i] & 15]); }
    return sb_finish(&b);
}
static val_t bytes_find_m(val_t self, val_t sub) {
    const uint8_t *d, *s; size_t n, sn; buf_of(self, &d, &n);
    uint8_t one;
    if (IS_INT(sub)) { one = (uint8_t)int_index(sub, "byte"); s = &one; sn = 1; }
    else if (!buf_of(sub, &s, &sn)) raise_type_error("argument should be integer or bytes-like object, not '%s'", type_name(sub));
    for (size_t i = 0; i + sn <= n; i++) if (memcmp_(d + i, s, sn) == 0) return MKSMALL((intptr_t)i);
    return MKSMALL(-1);
}
static val_t bytes_count_m(val_t self, val_t sub) {
    const uint8_t *d; size_t n; buf_of(self, &d, &n);
    intptr_t c = 0;
    if (IS_INT(sub)) { intptr_t x = int_index(sub, "byte"); for (size_t i = 0; i < n; i++) c += d[i] == x; return MKSMALL(c); }
    const uint8_t *s; size_t sn; if (!buf_of(sub, &s, &sn)) raise_type_error("a bytes-like object is required");
    if (!sn) return MKSMALL((intptr_t)n + 1);
    for (size_t i = 0; i + sn <= n;) { if (memcmp_(d + i, s, sn) == 0) { c++; i += sn; } else i++; }
    return MKSMALL(c);
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
static val_t bytes_startswith_m(val_t self, val_t x) {
    const uint8_t *d, *s; size_t n, sn; buf_of(self, &d, &n);
    if (!buf_of(x, &s, &sn)) raise_type_error("startswith first arg must be bytes or a tuple of bytes, not %s", type_name(x));
    return BOOL(sn <= n && memcmp_(d, s, sn) == 0);
}
static val_t bytes_endswith_m(val_t self, val_t x) {
    const uint8_t *d, *s; size_t n, sn; buf_of(self, &d, &n);
    if (!buf_of(x, &s, &sn)) raise_type_error("endswith first arg must be bytes or a tuple of bytes, not %s", type_name(x));
    return BOOL(sn <= n && memcmp_(d + n - sn, s, sn) == 0);
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
    uint8_t c = b->data[i];
    memmove_(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return MKSMALL(c);
}
static const method_def_t bytes_methods[] = {
    NATIVE("decode", bytes_decode_m, MK_KW, 1, 3),
    NATIVE("hex", bytes_hex_m, MK_FIXED, 1, 1),
    NATIVE("find", bytes_find_m, MK_FIXED, 2, 2),
    NATIVE("count", bytes_count_m, MK_FIXED, 2, 2),
    NATIVE("join", bytes_join_m, MK_FIXED, 2, 2),
    NATIVE("startswith", bytes_startswith_m, MK_FIXED, 2, 2),
    NATIVE("endswith", bytes_endswith_m, MK_FIXED, 2, 2),
    NATIVE("fromhex", bytes_fromhex_m, MK_CLASS_VAR, 2, 2),
    NATIVE_END,
};
static const method_def_t bytearray_methods[] = {
    NATIVE("decode", bytes_decode_m, MK_KW, 1, 3),
    NATIVE("hex", bytes_hex_m, MK_FIXED, 1, 1),
    NATIVE("find", bytes_find_m, MK_FIXED, 2, 2),
    NATIVE("count", bytes_count_m, MK_FIXED, 2, 2),
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
