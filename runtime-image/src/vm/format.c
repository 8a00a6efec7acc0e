/* format.c — the VM side of formatting: format(v, spec) / __format__, str.format's field parsing
 * (auto/manual numbering, attributes, indexes, conversions, nested specs), and `fmt % args`.
 * The number and padding engine is lib/num (fmtspec.h); this file owns everything about objects. */
#include "vm.h"
#include "nlr.h"
#include "gc.h"
#include "intnum.h"
#include "../lib/num/fmtspec.h"
#include "../lib/num/intfmt.h"

void num_sink_init_vm(num_sink *s);
void num_sink_init_stack(num_sink *s, char *buf, size_t cap);
val_t int_to_str_base(val_t v, int base, bool prefix);
val_t num_sink_to_str(num_sink *s);
void str_repr_into(sbuf_t *b, val_t v, bool ascii_only);
val_t int_from_value(val_t v);

/* a formatting error from lib/num as its Python exception (formatting never divides) */
static void check(num_status st, num_error *e) { int_raise_status(st, e, "division by zero"); }

/* Appends n bytes; short pieces (most literal runs and numbers) inline, without a call. */
static inline void put_text(num_sink *s, const char *p, size_t n) {
    if (n <= 4 && s->cap - s->len >= n) {
        char *d = s->buf + s->len;
        for (size_t i = 0; i < n; i++) d[i] = p[i];
        s->len += n;
    } else if (!num_sink_put(s, p, n)) {
        raise(memory_error_instance);
    }
}

val_t builtin_ascii(val_t v) {
    val_t r = obj_repr(v);
    if (STR(r)->ascii) return r;
    sbuf_t b; sb_init(&b, STR(r)->len + 8);
    for (size_t i = 0; i < STR(r)->len;) {
        size_t adv; uint32_t c = vm_utf8_decode(CSTR(r) + i, &adv);
        if (c < 128) sb_addc(&b, (char)c);
        else {
            static const char hx[] = "0123456789abcdef";
            if (c < 0x100) { char t[4] = { '\\', 'x', hx[c >> 4], hx[c & 15] }; sb_add(&b, t, 4); }
            else if (c < 0x10000) { char t[6] = { '\\', 'u', hx[c >> 12], hx[(c >> 8) & 15], hx[(c >> 4) & 15], hx[c & 15] }; sb_add(&b, t, 6); }
            else { char t[10] = { '\\', 'U', '0', '0', hx[(c >> 20) & 15], hx[(c >> 16) & 15], hx[(c >> 12) & 15], hx[(c >> 8) & 15], hx[(c >> 4) & 15], hx[c & 15] }; sb_add(&b, t, 10); }
        }
        i += adv;
    }
    return sb_finish(&b);
}

/* Parsed specs by their text: a program formats with a handful of constant specs ('05d',
 * '>8.3f'), and comparing a few bytes costs a fraction of parsing them again. Keyed by content
 * (not by pointer, so a freed and reused string cannot alias), plus the kind of value: the
 * default type depends on it (fmt_parse's type_name is otherwise only used in its errors, and
 * only successful parses are kept). Plain bytes, no heap pointers: no GC root needed. */
#define SPEC_CACHE 16
#define SPEC_TEXT 14
static struct { uint8_t len; char kind; char text[SPEC_TEXT]; fmt_spec spec; } spec_cache[SPEC_CACHE];
static void parse_spec(const char *sp, size_t sn, const char *type_name, char kind, fmt_spec *fs) {
    size_t slot = 0;
    if (sn && sn <= SPEC_TEXT) {
        slot = (sn + (uint8_t)sp[0] * 5 + (uint8_t)sp[sn - 1] * 3) & (SPEC_CACHE - 1);
        if (spec_cache[slot].len == sn && spec_cache[slot].kind == kind) {
            const char *t = spec_cache[slot].text;
            size_t i = 0;
            while (i < sn && t[i] == sp[i]) i++;
            if (i == sn) { *fs = spec_cache[slot].spec; return; }
        }
    }
    num_error e;
    check(fmt_parse(sp, sn, type_name, fs, &e), &e);
    if (sn && sn <= SPEC_TEXT) {
        spec_cache[slot].len = (uint8_t)sn;
        spec_cache[slot].kind = kind;
        for (size_t i = 0; i < sn; i++) spec_cache[slot].text[i] = sp[i];
        spec_cache[slot].spec = *fs;
    }
}

/* format(v, spec) for a value of the builtin type t (int, bool, float or str; t is v's type or,
 * for a subclass without __format__, its builtin base) appended to s; false for other types. */
static bool format_builtin(val_t v, const type_t *t, const char *sp, size_t sn, num_sink *s) {
    fmt_spec fs; num_error e;
    if (t == &int_type || t == &bool_type) {
        if (sn == 0 && IS_SMALL(v)) {   /* '{}' of an int: the digits alone */
            char digits[24], *end = digits + sizeof digits;
            int64_t x = SMALL(v);
            char *p = int_u64_dec(end, x < 0 ? 0 - (uint64_t)x : (uint64_t)x);
            if (x < 0) *--p = '-';
            put_text(s, p, (size_t)(end - p));
            return true;
        }
        if (t == &bool_type && sn == 0) return false;   /* str(True) */
        parse_spec(sp, sn, t->name, 'd', &fs);
        num_limb tmp[2]; bigint b = int_view(v, tmp);
        check(fmt_int(&fs, &b, t->name, s, &e), &e);
        return true;
    }
    if (t == &float_type) {
        parse_spec(sp, sn, "float", 'f', &fs);
        check(fmt_float(&fs, ((float_t *)v)->value, s, &e), &e);
        return true;
    }
    if (t == &str_type) {
        if (sn == 0) {
            PIN_SOURCE(CSTR(v));
            if (!num_sink_put(s, CSTR(v), STR(v)->len)) raise(memory_error_instance);
            return true;
        }
        parse_spec(sp, sn, "str", 's', &fs);
        PIN_SOURCE(CSTR(v));
        check(fmt_str(&fs, CSTR(v), STR(v)->len, s, &e), &e);
        return true;
    }
    return false;
}

/* format(v, spec) with the spec as text (sp, sn) and, when the caller has one, as a str object
 * (else MISSING: made only if a user __format__ needs it). The text's owner must stay reachable. */
static val_t format_with(val_t v, const char *sp, size_t sn, val_t spec) {
    const type_t *t = type_of(v);
    if (t->flags & TF_USER) {
        val_t self, m = lookup_method(v, N___format__, &self);
        if (m && is_type(m, &function_type)) {
            if (!spec) spec = str_new(sp, sn);
            val_t r = call2(m, v, spec);
            if (!IS_STR(r)) raise_type_error("__format__ must return a str, not %s", type_name(r));
            return r;
        }
        if (sn == 0) return obj_str(v);   /* every builtin __format__: '' is str(self) */
        while (t && (t->flags & TF_USER)) t = t->base_type;
        if (!t || t == &object_type || (t->flags & TF_EXCEPTION)) {
            if (sn) raise_type_error("unsupported format string passed to %s.__format__", type_name(v));
            return obj_str(v);
        }
    }
    if (sn == 0 && IS_SMALL(v)) return int_to_str_base(v, 10, false);   /* f'{i}' */
    if (t == &bool_type && sn == 0) return obj_str(v);
    if (t == &str_type && sn == 0) return v;
    char buf[128];
    num_sink s; num_sink_init_stack(&s, buf, sizeof buf);
    if (format_builtin(v, t, sp, sn, &s)) return num_sink_to_str(&s);
    if (sn) raise_type_error("unsupported format string passed to %s.__format__", type_name(v));
    return obj_str(v);
}
val_t format_value(val_t v, val_t spec) { return format_with(v, CSTR(spec), STR(spec)->len, spec); }

/* ---- str.format ---- */
/* mapping: format_map's argument (names are looked up in it, positions are errors), else MISSING */
static val_t field_lookup(const char *p, size_t n, int npos, int nkw, const val_t *args, val_t mapping, int *auto_idx) {
    /* args[0] is the format string itself; positional arguments start at args[1] */
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    val_t obj;
    if (mapping && (i == 0 || (p[0] >= '0' && p[0] <= '9')))
        raise_msg(&ValueError_type, "Format string contains positional fields");
    if (i == 0) {
        if (*auto_idx < 0) raise_msg(&ValueError_type, "cannot switch from manual field specification to automatic field numbering");
        int k = (*auto_idx)++;
        if (k + 1 >= npos) raise_msg(&IndexError_type, "Replacement index %d out of range for positional args tuple", k);
        obj = args[k + 1];
    } else if (p[0] >= '0' && p[0] <= '9') {
        if (*auto_idx > 0) raise_msg(&ValueError_type, "cannot switch from automatic field numbering to manual field specification");
        *auto_idx = -1;
        intptr_t k = 0;
        for (size_t j = 0; j < i; j++) k = k * 10 + (p[j] - '0');
        if (k + 1 >= npos) raise_msg(&IndexError_type, "Replacement index %d out of range for positional args tuple", (int)k);
        obj = args[k + 1];
    } else {
        val_t key = str_new(p, i);
        obj = MISSING;
        if (mapping) obj = obj_getitem(mapping, key);
        else if (nkw) {
            tuple_t *names = TUPLE(args[npos + nkw]);
            for (int j = 0; j < nkw; j++) if (str_eq(names->items[j], key)) obj = args[npos + j];
        }
        if (!obj) raise(exc_new(&KeyError_type, tuple_new(1, &key)));
    }
    while (i < n) {
        if (p[i] == '.') {
            size_t j = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            obj = obj_getattr(obj, str_intern(p + j, i - j));
        } else {
            size_t j = ++i;
            while (i < n && p[i] != ']') i++;
            bool digits = i > j;
            for (size_t k = j; k < i; k++) if (p[k] < '0' || p[k] > '9') digits = false;
            val_t key;
            if (digits) { intptr_t k = 0; for (size_t q = j; q < i; q++) k = k * 10 + (p[q] - '0'); key = MKSMALL(k); }
            else key = str_new(p + j, i - j);
            obj = obj_getitem(obj, key);
            i++;
        }
    }
    return obj;
}

/* The bytes where vformat's scans stop: the braces and NUL. p[n] is always one of them (a str's
 * terminating NUL, or for a nested spec the '}' closing its field), so a scan needs one test per
 * byte, not a bound test as well. The first brace at or after j, else n (a NUL inside the text
 * is passed over). */
static const uint8_t brace_stop[256] = { [0] = 1, ['{'] = 1, ['}'] = 1 };
static inline size_t next_brace(const char *p, size_t j, size_t n) {
    for (;;) {
        while (!brace_stop[(uint8_t)p[j]]) j++;
        if (p[j] != 0 || j >= n) return j;
        j++;
    }
}
static val_t vformat(const char *p, size_t n, int npos, int nkw, const val_t *args, val_t mapping, int *auto_idx, int depth) {
    if (depth > 2) raise_msg(&ValueError_type, "Max string recursion exceeded");
    sbuf_t b; sb_init(&b, n + 16);
    size_t i = 0;
    while (i < n) {
        char c = p[i];
        if (c == '}') {
            if (i + 1 < n && p[i + 1] == '}') { sb_addc(&b, '}'); i += 2; continue; }
            raise_msg(&ValueError_type, "Single '}' encountered in format string");
        }
        if (c != '{') {   /* a literal run up to the next brace, in one append */
            size_t j = next_brace(p, i + 1, n);
            sb_add(&b, p + i, j - i);
            i = j; continue;
        }
        if (i + 1 < n && p[i + 1] == '{') { sb_addc(&b, '{'); i += 2; continue; }
        /* find the matching } */
        size_t j = i + 1; int level = 1;
        bool nested = false;   /* a '{' inside the field: its spec has a nested field */
        while ((j = next_brace(p, j, n)) < n) { if (p[j] == '{') { level++; nested = true; } else if (--level == 0) break; j++; }
        if (j >= n) raise_msg(&ValueError_type, level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
        const char *f = p + i + 1; size_t fn = j - i - 1;
        size_t k = 0;
        while (k < fn && f[k] != '!' && f[k] != ':') {
            if (f[k] == '[') { while (k < fn && f[k] != ']') k++; }
            k++;
        }
        if (k > fn) k = fn;
        val_t v = field_lookup(f, k, npos, nkw, args, mapping, auto_idx);
        char conv = 0;
        if (k < fn && f[k] == '!') {
            if (k + 1 >= fn) raise_msg(&ValueError_type, "end of string while looking for conversion specifier");
            conv = f[k + 1]; k += 2;
            if (k < fn && f[k] != ':') raise_msg(&ValueError_type, "expected ':' after conversion specifier");
        }
        /* the spec: its text in place when it has no nested field, else formatted first */
        val_t spec = empty_str;
        const char *sp = "";
        size_t sn = 0;
        if (k < fn && f[k] == ':') {
            sp = f + k + 1; sn = fn - k - 1;
            spec = MISSING;
            if (nested) for (size_t q = 0; q < sn; q++) if (sp[q] == '{' || sp[q] == '}') { spec = empty_str; break; }
            if (spec) {
                spec = vformat(sp, sn, npos, nkw, args, mapping, auto_idx, depth + 1);
                sp = CSTR(spec); sn = STR(spec)->len;
            }
        }
        if (conv == 'r') v = obj_repr(v);
        else if (conv == 's') v = obj_str(v);
        else if (conv == 'a') v = builtin_ascii(v);
        else if (conv) raise_msg(&ValueError_type, "Unknown conversion specifier %c", conv);
        /* a builtin int, float or str is formatted straight into a stack buffer and copied
         * into the result: no str object per field */
        const type_t *vt = type_of(v);
        char fbuf[128];
        num_sink fs; num_sink_init_stack(&fs, fbuf, sizeof fbuf);
        if (!(vt->flags & TF_USER) && format_builtin(v, vt, sp, sn, &fs)) {
            sb_add(&b, fs.buf, fs.len);
            if (fs.buf != fs.ctx) gc_free(fs.buf);   /* it outgrew the stack buffer */
        } else {
            sb_addv(&b, format_with(v, sp, sn, spec));
        }
        i = j + 1;
    }
    return sb_finish(&b);
}
val_t str_format_method(int npos, int nkw, const val_t *args) {
    int auto_idx = 0;
    return vformat(CSTR(args[0]), STR(args[0])->len, npos, nkw, args, MISSING, &auto_idx, 0);
}
val_t str_format_map_method(val_t self, val_t mapping) {
    int auto_idx = 0;
    return vformat(CSTR(self), STR(self)->len, 1, 0, &self, mapping, &auto_idx, 0);
}

/* ---- printf-style ---- */
/* bytes <-> latin-1 text, for bytes % formatting */
static val_t bytes_to_latin1(val_t v) {
    const uint8_t *d; size_t n;
    if (is_type(v, &bytes_type)) { d = ((bytes_t *)v)->data; n = ((bytes_t *)v)->len; }
    else if (is_type(v, &bytearray_type)) { d = ((bytearray_t *)v)->data; n = ((bytearray_t *)v)->len; }
    else raise_type_error("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", type_name(v));
    sbuf_t b; sb_init(&b, n + 1);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (c < 0x80) sb_addc(&b, (char)c);
        else { sb_addc(&b, (char)(0xC0 | (c >> 6))); sb_addc(&b, (char)(0x80 | (c & 0x3F))); }
    }
    return sb_finish(&b);
}
static val_t latin1_to_bytes(val_t s) {
    val_t r = bytes_new(NULL, STR(s)->nchars);
    size_t k = 0;
    for (size_t i = 0; i < STR(s)->len;) { size_t adv; ((bytes_t *)r)->data[k++] = (uint8_t)vm_utf8_decode(CSTR(s) + i, &adv); i += adv; }
    return r;
}
static val_t byte_char(val_t v) {
    if (IS_INT(v)) {
        intptr_t c = int_index(v, "%c");
        if (c < 0 || c > 255) raise_msg(&OverflowError_type, "%%c arg not in range(256)");
        return char_str((uint32_t)c);
    }
    if ((is_type(v, &bytes_type) && ((bytes_t *)v)->len == 1) || (is_type(v, &bytearray_type) && ((bytearray_t *)v)->len == 1))
        return bytes_to_latin1(v);
    raise_type_error("%%c requires an integer in range(256) or a single byte");
}
/* printf-style formatting of str, and of bytes (bytes_mode) carried as latin-1 text: every byte
 * is one code point, so widths and precisions count bytes; the caller turns the result back */
static val_t mod_format(val_t fmtv, val_t argsv, bool bytes_mode) {
    const char *fmt = CSTR(fmtv); size_t n = STR(fmtv)->len;
    val_t *items; size_t nargs; val_t single[1];
    bool is_map = !IS_TUPLE(argsv) && !IS_SMALL(argsv) && !IS_STR(argsv) && (isinstance_of(argsv, &dict_type) || ((type_of(argsv)->flags & TF_USER) && type_lookup(type_of(argsv), N___getitem__) && !isinstance_of(argsv, &str_type)));
    if (IS_TUPLE(argsv)) { items = TUPLE(argsv)->items; nargs = TUPLE(argsv)->len; }
    else { single[0] = argsv; items = single; nargs = 1; }
    size_t ai = 0;
    char buf[128];
    num_sink s; num_sink_init_stack(&s, buf, sizeof buf);
    num_error e;
    bool used_map = false;
    for (size_t i = 0; i < n;) {
        if (fmt[i] != '%') {
            size_t j = i; while (j < n && fmt[j] != '%') j++;
            put_text(&s, fmt + i, j - i);
            i = j; continue;
        }
        /* a bare %d of a small int or %s of a str (no key, flags, width or precision): straight
         * into the sink, without the spec parser or the layout engine */
        if (i + 1 < n && !is_map && ai < nargs) {
            val_t v = items[ai];
            char c = fmt[i + 1];
            if ((c == 'd' || c == 'i') && IS_SMALL(v)) {
                char digits[24], *end = digits + sizeof digits;
                int64_t x = SMALL(v);
                char *p = int_u64_dec(end, x < 0 ? 0 - (uint64_t)x : (uint64_t)x);
                if (x < 0) *--p = '-';
                put_text(&s, p, (size_t)(end - p));
                ai++; i += 2; continue;
            }
            if (c == 's' && !bytes_mode && IS_STR(v)) {   /* v is held by argsv (or single) */
                put_text(&s, CSTR(v), STR(v)->len);
                ai++; i += 2; continue;
            }
        }
        pct_spec ps;
        check(pct_parse(fmt, n, i, &ps, &e), &e);
        i = ps.end;
        if (ps.conv == '%') { num_sink_byte(&s, '%'); continue; }
        val_t v;
        if (ps.width == PCT_STAR) {
            if (ai >= nargs) raise_type_error("not enough arguments for format string");
            intptr_t w = int_index(items[ai++], "* wants int");
            if (w < 0) { ps.left = true; w = -w; }
            ps.width = w;
        }
        if (ps.precision == PCT_STAR) {
            if (ai >= nargs) raise_type_error("not enough arguments for format string");
            ps.precision = int_index(items[ai++], "* wants int");
        }
        if (ps.key) {
            if (!is_map) raise_type_error("format requires a mapping");
            val_t key = str_new(ps.key, ps.key_len);
            v = obj_getitem(argsv, bytes_mode ? latin1_to_bytes(key) : key);
            used_map = true;
        } else {
            if (ai >= nargs || (is_map && !IS_TUPLE(argsv) && ai > 0)) raise_type_error("not enough arguments for format string");
            v = items[ai++];
        }
        switch (ps.conv) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            if (IS_FLOAT(v)) {
                if (ps.conv == 'o' || ps.conv == 'x' || ps.conv == 'X') raise_type_error("%%%c format: an integer is required, not float", ps.conv);
                v = int_from_value(v);
            }
            if (!IS_INT(v) && !isinstance_of(v, &int_type)) {   /* int subclasses format their value */
                if (ps.conv == 'o' || ps.conv == 'x' || ps.conv == 'X') raise_type_error("%%%c format: an integer is required, not %s", ps.conv, type_name(v));
                raise_type_error("%%%c format: a real number is required, not %s", ps.conv, type_name(v));
            }
            num_limb tmp[2]; bigint b = int_view(v, tmp);
            check(pct_int(&ps, &b, &s, &e), &e);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (!IS_INT(v) && !IS_FLOAT(v)) raise_type_error("must be real number, not %s", type_name(v));
            check(pct_float(&ps, float_of(v), &s, &e), &e);
            break;
        case 'c': {
            val_t t;
            if (bytes_mode) t = byte_char(v);
            else if (IS_INT(v)) t = char_str((uint32_t)int_index(v, "%c"));
            else if (IS_STR(v) && STR(v)->nchars == 1) t = v;
            else raise_type_error("%%c requires int or char");
            PIN_SOURCE(CSTR(t));
            check(pct_str(&ps, CSTR(t), STR(t)->len, &s, &e), &e);
            break;
        }
        default: {
            val_t t = bytes_mode ? (ps.conv == 'r' || ps.conv == 'a' ? builtin_ascii(v) : bytes_to_latin1(v))
                    : ps.conv == 'r' ? obj_repr(v) : ps.conv == 'a' ? builtin_ascii(v) : obj_str(v);
            PIN_SOURCE(CSTR(t));   /* the sink grows (allocates) while reading t's bytes */
            check(pct_str(&ps, CSTR(t), STR(t)->len, &s, &e), &e);
        }
        }
    }
    if (!used_map && !is_map && ai < nargs) raise_type_error("not all arguments converted during string formatting");
    return num_sink_to_str(&s);
}
val_t str_splice(val_t s, size_t at, size_t cut, const char *ins, size_t insn, size_t ins_chars,
                 bool ins_ascii);
/* A format whose only conversion is a bare %d of a small int or %s of a str ('k%d' % i): the
 * result is the format with the text spliced in, built at its final size. MISSING otherwise. */
static val_t mod_format_single(val_t fmtv, val_t v) {
    const char *f = CSTR(fmtv);
    size_t n = STR(fmtv)->len, at = n;
    for (size_t i = 0; i < n; i++)
        if (f[i] == '%') {
            if (at != n) return MISSING;   /* a second conversion (or %%) */
            at = i;
        }
    if (at + 1 >= n) return MISSING;
    char c = f[at + 1];
    if ((c == 'd' || c == 'i') && IS_SMALL(v)) {
        char digits[24], *end = digits + sizeof digits;
        int64_t x = SMALL(v);
        char *p = int_u64_dec(end, x < 0 ? 0 - (uint64_t)x : (uint64_t)x);
        if (x < 0) *--p = '-';
        return str_splice(fmtv, at, 2, p, (size_t)(end - p), (size_t)(end - p), true);
    }
    if (c == 's' && IS_STR(v))   /* v is the caller's argument: reachable */
        return str_splice(fmtv, at, 2, CSTR(v), STR(v)->len, STR(v)->nchars, STR(v)->ascii);
    return MISSING;
}
val_t str_mod_format(val_t fmtv, val_t argsv) {
    if (IS_SMALL(argsv) || IS_STR(argsv)) {
        val_t r = mod_format_single(fmtv, argsv);
        if (r) return r;
    }
    return mod_format(fmtv, argsv, false);
}
val_t bytes_mod_format(val_t fmt, val_t argsv) { return latin1_to_bytes(mod_format(bytes_to_latin1(fmt), argsv, true)); }
