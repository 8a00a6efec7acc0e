/* fmtnum.c — field layout: grouping separators, zero padding that continues the grouping
 * (format(1234, '010,') == '00,001,234'), fill and alignment. Works at the end of the sink:
 * the body is written first, the finished field is built after it and moved into place.
 */
#include "fmtnum.h"

size_t utf8_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static size_t cstr_len(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

static bool pad(num_sink *o, uint32_t fill, int64_t n) {
    return n <= 0 || num_sink_repeat(o, fill, (size_t)n);
}

/* Appends n bytes that already sit in the sink at offset `from` (grow may move the buffer). */
static bool copy_within(num_sink *o, size_t from, size_t n) {
    size_t at = o->len;
    if (!num_sink_repeat(o, ' ', n)) return false;
    for (size_t i = 0; i < n; i++) o->buf[at + i] = o->buf[from + i];
    return true;
}

/* Room for n more bytes (grow may move the buffer). */
static bool room_for(num_sink *o, size_t n) {
    if (o->cap - o->len >= n) return true;
    return o->grow && o->grow(o, o->len + n) && o->cap - o->len >= n;
}

static void fill_bytes(char *p, char c, size_t n) {
    for (size_t i = 0; i < n; i++) p[i] = c;
}

/* An ASCII fill and no grouping (most fields): the body moves right once, in place, and the
 * padding, sign, prefix and leading zeros are written in front of it and the pad after it. */
static inline __attribute__((always_inline)) num_status layout_in_place(num_sink *o, size_t body_at, size_t body_len, char fill,
                                  size_t left, char sign, const char *prefix, size_t prefix_len,
                                  size_t mid, size_t zeros, size_t right) {
    size_t front = left + (sign ? 1 : 0) + prefix_len + mid + zeros;
    if (!room_for(o, front + right)) return NUM_E_MEMORY;
    char *p = o->buf + body_at;
    if (front)
        for (size_t i = body_len; i-- > 0;) p[front + i] = p[i];
    fill_bytes(p, fill, left); p += left;
    if (sign) *p++ = sign;
    for (size_t i = 0; i < prefix_len; i++) *p++ = prefix[i];
    fill_bytes(p, fill, mid); p += mid;
    fill_bytes(p, '0', zeros); p += zeros;
    fill_bytes(p + body_len, fill, right);
    o->len = body_at + front + body_len + right;
    return NUM_OK;
}

static num_status finish(num_sink *o, size_t body_at, size_t built_at) {
    size_t n = o->len - built_at;
    for (size_t i = 0; i < n; i++) o->buf[body_at + i] = o->buf[built_at + i];
    o->len = body_at + n;
    return NUM_OK;
}

num_status num_layout_apply(num_sink *o, size_t body_at, size_t int_digits, const num_layout *l) {
    size_t body_len = o->len - body_at;
    size_t rest_len = body_len - int_digits;
    /* Nothing to add (no sign, prefix, grouping or padding: '%d', '{}', '{:3}' of 1234): the
     * body is already the field. Digits are ASCII, so the width counts bytes here. */
    if (!l->sign && !l->prefix[0] && !l->group && l->min_digits <= (int64_t)int_digits &&
        (l->width <= 0 || (rest_len == 0 && l->width <= (int64_t)int_digits)))
        return NUM_OK;
    size_t prefix_len = cstr_len(l->prefix);
    size_t lead = (l->sign ? 1 : 0) + prefix_len;
    /* how many digits (real + padding zeros) the digit run gets */
    int64_t ndig = (int64_t)int_digits;
    if (l->min_digits > ndig) ndig = l->min_digits;
    int64_t rest_cp = (int64_t)utf8_count(o->buf + body_at + int_digits, rest_len);
    if (l->zero_digits && l->width > 0) {
        int64_t room = l->width - (int64_t)lead - rest_cp;   /* cells for digits + separators */
        if (l->group) {
            /* smallest digit count whose grouped width reaches room */
            while (ndig + (ndig - 1) / l->interval < room) ndig++;
        } else if (ndig < room) {
            ndig = room;
        }
    }
    int64_t seps = l->group && ndig > 0 ? (ndig - 1) / l->interval : 0;
    int64_t content = (int64_t)lead + ndig + seps + rest_cp;
    int64_t padn = l->width > content ? l->width - content : 0;
    int64_t left = 0, right = 0, mid = 0;
    switch (l->align) {
    case '<': right = padn; break;
    case '^': left = padn / 2; right = padn - left; break;
    case '=': mid = padn; break;
    default: left = padn; break;
    }
    if (!l->group && l->fill < 0x80) {
        if (!left && !right && !mid && !l->sign && !prefix_len && ndig == (int64_t)int_digits)
            return NUM_OK;   /* the body fills the width exactly ('{:>8.3f}' of 1428.571) */
        return layout_in_place(o, body_at, body_len, (char)l->fill, (size_t)left, l->sign,
                               l->prefix, prefix_len, (size_t)mid,
                               (size_t)(ndig - (int64_t)int_digits), (size_t)right);
    }
    size_t built_at = o->len;
    if (!pad(o, l->fill, left)) return NUM_E_MEMORY;
    if (l->sign && !num_sink_byte(o, l->sign)) return NUM_E_MEMORY;
    if (!num_sink_put(o, l->prefix, prefix_len)) return NUM_E_MEMORY;
    if (!pad(o, l->fill, mid)) return NUM_E_MEMORY;
    /* digit run, most significant first: zero padding then the real digits */
    size_t need = (size_t)(ndig + seps);
    if (!num_sink_repeat(o, '0', need)) return NUM_E_MEMORY;
    char *p = o->buf + o->len;   /* fill backwards from the end of the run */
    const char *digits = o->buf + body_at;
    int64_t k = 0;
    for (int64_t i = 0; i < ndig; i++) {
        if (l->group && i > 0 && i % l->interval == 0) p[-1 - k++] = l->group;
        p[-1 - k++] = i < (int64_t)int_digits ? digits[int_digits - 1 - (size_t)i] : '0';
    }
    if (!copy_within(o, body_at + int_digits, rest_len)) return NUM_E_MEMORY;
    if (!pad(o, l->fill, right)) return NUM_E_MEMORY;
    return finish(o, body_at, built_at);
}

num_status text_layout_apply(num_sink *o, size_t text_at, uint32_t fill, char align,
                             int64_t width) {
    int64_t n = (int64_t)utf8_count(o->buf + text_at, o->len - text_at);
    if (width <= n) return NUM_OK;
    int64_t padn = width - n, left = 0, right = 0;
    if (align == '>') left = padn;
    else if (align == '^') { left = padn / 2; right = padn - left; }
    else right = padn;
    size_t text_len = o->len - text_at;
    if (fill < 0x80)
        return layout_in_place(o, text_at, text_len, (char)fill, (size_t)left, 0, "", 0, 0, 0,
                               (size_t)right);
    size_t built_at = o->len;
    if (!pad(o, fill, left)) return NUM_E_MEMORY;
    if (!copy_within(o, text_at, text_len)) return NUM_E_MEMORY;
    if (!pad(o, fill, right)) return NUM_E_MEMORY;
    return finish(o, text_at, built_at);
}
