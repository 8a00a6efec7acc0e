/* str.c — the str type: immutable UTF-8 text with a cached hash and code-point count, the intern
 * table (identifiers compare by pointer), the string builder, and str's methods. */
#include "obj.h"
#include "gc.h"
#include "qstr_data.h"

extern type_t SystemError_type;

val_t empty_str = Q(0x);
static val_t *intern_table;    /* open addressing, MISSING = empty */
static val_t intern_table_v;   /* the same array as a root */
static size_t intern_mask, intern_used;

size_t cstrlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
int cstrcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}

uint32_t vm_utf8_decode(const char *s, size_t *adv) {
    const uint8_t *p = (const uint8_t *)s;
    if (p[0] < 0x80) { *adv = 1; return p[0]; }
    if ((p[0] & 0xE0) == 0xC0) { *adv = 2; return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F); }
    if ((p[0] & 0xF0) == 0xE0) { *adv = 3; return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *adv = 4;
    return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
size_t vm_utf8_encode(uint32_t c, char *o) {
    if (c < 0x80) { o[0] = (char)c; return 1; }
    if (c < 0x800) { o[0] = (char)(0xC0 | (c >> 6)); o[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12)); o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18)); o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F)); o[3] = (char)(0x80 | (c & 0x3F)); return 4;
}

/* code points = bytes that are not UTF-8 continuation bytes (10xxxxxx). str_seal runs on every
 * new string, so: eight bytes per step, and first only an OR of the words (ASCII text, the
 * common case, has no high bit anywhere); the last 1..7 bytes are the final word shifted. */
static inline uint64_t load_tail(const char *s, size_t len, size_t i) {
    uint64_t w;
    memcpy_(&w, s + len - 8, 8);
    return w >> ((8 - (len - i)) * 8);
}
static size_t count_chars(const char *s, size_t len) {
    const uint64_t high = 0x8080808080808080ull;
    size_t i = 0;
    if (len < 8) {
        /* s is a str's data: its header lies before it, so the 8 bytes ending at s + len are
         * readable; shifted, they are just the string's bytes */
        if (len == 0 || !(load_tail(s, len, 0) & high)) return len;
        size_t cont = 0;
        for (; i < len; i++) cont += ((uint8_t)s[i] & 0xC0) == 0x80;
        return len - cont;
    }
    uint64_t any = 0;
    for (; i + 8 <= len; i += 8) { uint64_t w; memcpy_(&w, s + i, 8); any |= w; }
    if (i < len) any |= load_tail(s, len, i);
    if (!(any & high)) return len;
    size_t cont = 0;
    for (i = 0; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy_(&w, s + i, 8);
        uint64_t c = w & ~(w << 1) & high;   /* bit 7 set and bit 6 clear */
        if (c) cont += ((c >> 7) * 0x0101010101010101ull) >> 56;
    }
    if (i < len) {
        uint64_t w = load_tail(s, len, i), c = w & ~(w << 1) & high;
        cont += ((c >> 7) * 0x0101010101010101ull) >> 56;
    }
    return len - cont;
}

#define STR_HDR offsetof(str_t, data)
static str_t *str_alloc(size_t len) {
    str_t *s = new_obj(&str_type, STR_HDR + len + 1);
    s->len = (uint32_t)len;
    s->hash = -1;
    return s;
}
static val_t str_seal(str_t *s) {
    s->nchars = (uint32_t)count_chars(s->data, s->len);
    s->ascii = s->nchars == s->len;
    return V(s);
}

val_t str_new(const char *p, size_t len) {
    if (len == 0 && empty_str) return empty_str;
    if (len == 1 && (uint8_t)p[0] < 128) return char_str((uint8_t)p[0]);
    PIN_SOURCE(p);
    str_t *s = str_alloc(len);
    memcpy_(s->data, p, len);
    return str_seal(s);
}
/* str_new for bytes outside the heap (a stack buffer, flash): nothing to pin */
val_t str_new_unheaped(const char *p, size_t len) {
    if (len <= 1) return len ? char_str((uint8_t)p[0]) : empty_str;
    str_t *s = str_alloc(len);
    memcpy_(s->data, p, len);
    return str_seal(s);
}
/* a few bytes in a loop, more with memcpy (whose call costs as much as a short loop) */
static inline void copy_short(char *d, const char *p, size_t n) {
    if (n > 12) { memcpy_(d, p, n); return; }
    for (size_t i = 0; i < n; i++) d[i] = p[i];
}
/* s with its bytes [at, at + cut) (ASCII, cut of them code points) replaced by ins (insn bytes,
 * ins_chars code points). ins may lie in a heap object only if the caller keeps that object
 * reachable; s is kept live across the allocation here. */
val_t str_splice(val_t s, size_t at, size_t cut, const char *ins, size_t insn, size_t ins_chars,
                 bool ins_ascii) {
    str_t *src = STR(s);
    size_t n = src->len - cut + insn;
    if (n <= 1) {   /* '' and one-character results are the shared static strings */
        char b[1] = { 0 };
        if (n) b[0] = at ? src->data[0] : insn ? ins[0] : src->data[at + cut];
        return str_new(b, n);
    }
    str_t *r = str_alloc(n);
    src = STR(s);
    copy_short(r->data, src->data, at);
    copy_short(r->data + at, ins, insn);
    copy_short(r->data + at + insn, src->data + at + cut, src->len - at - cut);
    r->nchars = (uint32_t)(src->nchars - cut + ins_chars);
    r->ascii = src->ascii && ins_ascii;
    __asm__ volatile("" : : "g"(s) : "memory");   /* s is a root until the copy is done */
    return V(r);
}
/* src's bytes [off, off+len) as a new str: the source object itself is kept live across the
 * allocation (no head search, as str_new must do for a raw pointer), and a slice of an ASCII
 * string needs no code-point count */
val_t str_sub(val_t src, size_t off, size_t len) {
    if (len == 0) return empty_str;
    if (len == 1 && (uint8_t)CSTR(src)[off] < 128) return char_str((uint8_t)CSTR(src)[off]);
    str_t *s = str_alloc(len);
    str_t *o = STR(src);
    memcpy_(s->data, o->data + off, len);
    if (o->ascii) { s->nchars = (uint32_t)len; s->ascii = 1; }
    else str_seal(s);
    __asm__ volatile("" : : "g"(src) : "memory");   /* src is a root until the copy is done */
    return V(s);
}
val_t str_from_c(const char *s) { return str_new(s, cstrlen(s)); }

intptr_t str_hash(val_t v) {
    str_t *s = STR(v);
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < s->len; i++) { h ^= (uint8_t)s->data[i]; h *= 1099511628211ull; }
    intptr_t r = (intptr_t)(h >> 2);
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}
bool str_eq(val_t a, val_t b) {
    if (a == b) return true;
    str_t *x = STR(a), *y = STR(b);
    if (x->interned && y->interned) return false;
    return x->len == y->len && memcmp_(x->data, y->data, x->len) == 0;
}

/* ---- interning ---- */
static void intern_grow(void) {
    size_t old_mask = intern_mask;
    val_t *old = intern_table;
    size_t n = old ? (old_mask + 1) * 2 : 64;   /* the runtime's names are static (qstr_data.c) */
    val_t *t = gc_alloc(n * sizeof(val_t));
    for (size_t i = 0; old && i <= old_mask; i++) {
        if (!old[i]) continue;
        size_t j = (size_t)str_hash(old[i]) & (n - 1);
        while (t[j]) j = (j + 1) & (n - 1);
        t[j] = old[i];
    }
    intern_table = t;
    intern_table_v = V(t);
    intern_mask = n - 1;
}
static val_t intern_find(const char *p, size_t len, intptr_t h, size_t *slot) {
    size_t j = (size_t)h & intern_mask;
    while (intern_table[j]) {
        str_t *s = STR(intern_table[j]);
        if (s->hash == h && s->len == len && memcmp_(s->data, p, len) == 0) return intern_table[j];
        j = (j + 1) & intern_mask;
    }
    *slot = j;
    return MISSING;
}
static intptr_t raw_hash(const char *p, size_t len) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < len; i++) { h ^= (uint8_t)p[i]; h *= 1099511628211ull; }
    intptr_t r = (intptr_t)(h >> 2);
    return r == -1 ? -2 : r;
}
static val_t intern_insert(val_t s) {
    if ((intern_used + 1) * 4 > (intern_mask + 1) * 3) intern_grow();
    size_t slot;
    val_t found = intern_find(CSTR(s), STR(s)->len, str_hash(s), &slot);
    if (found) return found;
    STR(s)->interned = 1;
    intern_table[slot] = s;
    intern_used++;
    return s;
}
/* The runtime's own names are static str objects in flash (qstr_data.c, generated by
 * scripts/gen-qstr.py, sorted by hash): found by binary search before the heap table is tried. */
static val_t static_find(const char *p, size_t len, intptr_t h) {
    size_t lo = 0, hi = QSTR_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        intptr_t mh = qstrs_by_hash[mid]->hash;
        if (mh < h) lo = mid + 1;
        else if (mh > h) hi = mid;
        else {
            const str_t *s = qstrs_by_hash[mid];
            return s->len == len && memcmp_(s->data, p, len) == 0 ? V(s) : MISSING;
        }
    }
    return MISSING;
}
val_t str_intern(const char *p, size_t len) {
    PIN_SOURCE(p);
    intptr_t h = raw_hash(p, len);
    val_t found = static_find(p, len, h);
    if (found) return found;
    if (!intern_table) intern_grow();
    size_t slot;
    found = intern_find(p, len, h, &slot);
    if (found) return found;
    str_t *s = str_alloc(len);
    memcpy_(s->data, p, len);
    str_seal(s);
    str_hash(V(s));
    return intern_insert(V(s));
}
val_t str_intern_c(const char *s) { return str_intern(s, cstrlen(s)); }
val_t str_intern_val(val_t s) {
    if (STR(s)->interned) return s;
    return str_intern(CSTR(s), STR(s)->len);
}

val_t char_str(uint32_t c) {
    if (c < 128) return V(qstrs_ascii[c]);
    char b[4];
    size_t n = vm_utf8_encode(c, b);
    return str_new(b, n);
}

void str_init(void) {
    gc_add_root(&intern_table_v);   /* the heap table is made on the first name not in flash */
    /* the flash names carry hashes computed by scripts/gen-qstr.py: if str_hash changed without
     * regenerating them, every name would silently be interned twice */
    for (size_t i = 0; i < QSTR_COUNT; i += QSTR_COUNT / 4) {
        const str_t *q = qstrs_by_hash[i];
        if (raw_hash(q->data, q->len) != q->hash) raise_msg(&SystemError_type, "static names out of date: run scripts/gen-qstr.py");
    }
}

val_t str_concat(val_t a, val_t b) {
    str_t *x = STR(a), *y = STR(b);
    if (x->len == 0) return b;
    if (y->len == 0) return a;
    str_t *s = str_alloc(x->len + y->len);
    x = STR(a); y = STR(b);
    memcpy_(s->data, x->data, x->len);
    memcpy_(s->data + x->len, y->data, y->len);
    s->nchars = x->nchars + y->nchars;
    s->ascii = x->ascii && y->ascii;
    return V(s);
}

/* ---- string builder ----
 * The buffer is laid out as a str object (header, then the bytes), so sb_finish can usually turn
 * it into the result in place instead of copying it into a new string. b->head is the allocation
 * (the root that keeps it alive); b->buf points at its bytes. */
void sb_init(sbuf_t *b, size_t cap) {
    if (cap < 16) cap = 16;
    str_t *s = gc_alloc(STR_HDR + cap + 1);
    b->head = s;
    b->buf = s->data;
    b->cap = cap;
    b->len = 0;
}
__attribute__((noinline)) static void sb_grow(sbuf_t *b, size_t extra) {
    size_t nc = b->cap * 2;
    while (nc < b->len + extra) nc *= 2;
    str_t *s = gc_realloc(b->head, STR_HDR + b->cap + 1, STR_HDR + nc + 1);
    b->head = s;
    b->buf = s->data;
    b->cap = nc;
}
__attribute__((noinline)) static void sb_add_grow(sbuf_t *b, const char *s, size_t n) {
    PIN_SOURCE(s);   /* only growing allocates: s may be an interior pointer only */
    sb_grow(b, n);
    memcpy_(b->buf + b->len, s, n);
    b->len += n;
}
/* inlined into sb_addv too: BUILD_STRING appends every piece through it */
static inline __attribute__((always_inline)) void sb_add_inline(sbuf_t *b, const char *s, size_t n) {
    if (b->len + n > b->cap) { sb_add_grow(b, s, n); return; }
    memcpy_(b->buf + b->len, s, n);
    b->len += n;
}
void sb_add(sbuf_t *b, const char *s, size_t n) { sb_add_inline(b, s, n); }
void sb_addc(sbuf_t *b, char c) { if (b->len == b->cap) sb_grow(b, 1); b->buf[b->len++] = c; }
void sb_adds(sbuf_t *b, const char *s) { sb_add(b, s, cstrlen(s)); }
void sb_addv(sbuf_t *b, val_t s) { sb_add_inline(b, CSTR(s), STR(s)->len); }
void sb_add_repr(sbuf_t *b, val_t v) { sb_addv(b, obj_repr(v)); }
void sb_add_str(sbuf_t *b, val_t v) { sb_addv(b, obj_str(v)); }
val_t sb_finish(sbuf_t *b) {
    str_t *s = b->head;
    size_t n = b->len;
    size_t have = (STR_HDR + b->cap + 1 + GC_BLOCK - 1) / GC_BLOCK, need = (STR_HDR + n + 1 + GC_BLOCK - 1) / GC_BLOCK;
    b->buf = NULL;
    b->head = NULL;
    /* the buffer becomes the string when it wastes at most one block or an eighth: the heap is
     * small and the collector cannot give back a tail (empty and one-character results are the
     * shared static strings) */
    if (n <= 1 || (have - need) * GC_BLOCK > GC_BLOCK + n / 8) {
        val_t r = str_new(s->data, n);
        gc_free(s);
        return r;
    }
    s->base.type = &str_type;
    s->len = (uint32_t)n;
    s->hash = -1;
    s->interned = 0;
    s->data[n] = 0;
    return str_seal(s);
}

static void sb_add_int(sbuf_t *b, int64_t v) {
    char tmp[24]; int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) sb_addc(b, '-');
    while (n) sb_addc(b, tmp[--n]);
}

val_t str_vprintf(const char *fmt, va_list ap) {
    sbuf_t b;
    sb_init(&b, 64);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { sb_addc(&b, *p); continue; }
        p++;
        if (*p == '.') { while (*p == '.' || (*p >= '0' && *p <= '9')) p++; } /* precision ignored */
        switch (*p) {
        case 's': sb_adds(&b, va_arg(ap, const char *)); break;
        case 'd': sb_add_int(&b, va_arg(ap, int)); break;
        case 'l': p++;
            if (*p == 'x') {
                unsigned long u = va_arg(ap, unsigned long); char t[20]; int n = 0;
                do { t[n++] = "0123456789abcdef"[u & 15]; u >>= 4; } while (u);
                while (n) sb_addc(&b, t[--n]);
            } else sb_add_int(&b, va_arg(ap, long));
            break;
        case 'x': {
            unsigned u = va_arg(ap, unsigned); char t[12]; int n = 0;
            do { t[n++] = "0123456789abcdef"[u & 15]; u >>= 4; } while (u);
            while (n) sb_addc(&b, t[--n]);
            break;
        }
        case 'z': p++; sb_add_int(&b, (int64_t)va_arg(ap, size_t)); break;
        case 'c': { char o[4]; size_t n = vm_utf8_encode(va_arg(ap, int), o); sb_add(&b, o, n); break; }
        case 'S': sb_add_str(&b, va_arg(ap, val_t)); break;
        case 'R': sb_add_repr(&b, va_arg(ap, val_t)); break;
        case 'T': sb_adds(&b, type_name(va_arg(ap, val_t))); break;
        case '%': sb_addc(&b, '%'); break;
        default: sb_addc(&b, '%'); sb_addc(&b, *p); break;
        }
    }
    return sb_finish(&b);
}
val_t str_printf(const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    val_t r = str_vprintf(fmt, ap);
    va_end(ap);
    return r;
}
