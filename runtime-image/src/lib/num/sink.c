/* sink.c — appending to the caller's growable output buffer (num_sink). */
#include "num.h"

static bool reserve(num_sink *s, size_t n) {
    if (s->cap - s->len >= n) return true;
    return s->grow && s->grow(s, s->len + n) && s->cap - s->len >= n;
}

/* memcpy moves words (a byte loop here cost 5 instructions a byte); most pieces are short. */
bool num_sink_put(num_sink *s, const char *p, size_t n) {
    if (s->cap - s->len < n && !reserve(s, n)) return false;
    __builtin_memcpy(s->buf + s->len, p, n);
    s->len += n;
    return true;
}

bool num_sink_byte(num_sink *s, char c) {
    if (s->cap == s->len && !reserve(s, 1)) return false;
    s->buf[s->len++] = c;
    return true;
}

static size_t encode_utf8(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool num_sink_codepoint(num_sink *s, uint32_t cp) {
    char b[4];
    return num_sink_put(s, b, encode_utf8(cp, b));
}

bool num_sink_repeat(num_sink *s, uint32_t cp, size_t count) {
    if (cp < 0x80) {   /* ASCII: one byte each */
        if (!reserve(s, count)) return false;
        __builtin_memset(s->buf + s->len, (int)cp, count);
        s->len += count;
        return true;
    }
    char b[4];
    size_t k = encode_utf8(cp, b);
    if (!reserve(s, k * count)) return false;
    for (size_t i = 0; i < count; i++)
        for (size_t j = 0; j < k; j++) s->buf[s->len++] = b[j];
    return true;
}
