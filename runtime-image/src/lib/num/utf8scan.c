/* utf8scan.c — UTF-8 decoding, Python's whitespace set and Unicode decimal digits (the
 * Unicode 14.0 table CPython 3.11 uses: 65 non-ASCII runs of ten digits, each listed by
 * the code point of its zero).
 */
#include "utf8scan.h"

uint32_t utf8_decode(const char *s, size_t n, size_t *i) {
    unsigned char c = (unsigned char)s[*i];
    uint32_t cp;
    size_t k;
    if (c < 0x80) { (*i)++; return c; }
    if (c >= 0xF0) { cp = c & 7; k = 3; }
    else if (c >= 0xE0) { cp = c & 15; k = 2; }
    else { cp = c & 31; k = 1; }
    (*i)++;
    while (k-- > 0 && *i < n) cp = (cp << 6) | ((unsigned char)s[(*i)++] & 0x3F);
    return cp;
}

bool num_is_space(uint32_t c) {
    /* ASCII: C's isspace (CPython parses the ASCII-transformed text); beyond: str.isspace() */
    return (c >= 9 && c <= 13) || c == 0x20 || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

void num_strip_space(const char *s, size_t *b, size_t *e) {
    while (*b < *e) {
        size_t i = *b;
        if (!num_is_space(utf8_decode(s, *e, &i))) break;
        *b = i;
    }
    while (*e > *b) {
        size_t j = *e - 1;
        while (j > *b && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
        size_t i = j;
        if (!num_is_space(utf8_decode(s, *e, &i))) break;
        *e = j;
    }
}

static const uint32_t digit_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
    0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0,
    0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0,
    0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730,
    0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950,
    0x1FBF0,
};

/* The digit value of a non-ASCII code point, or -1. */
static int unicode_digit(uint32_t cp) {
    size_t lo = 0, hi = sizeof digit_zeros / sizeof digit_zeros[0];
    while (lo < hi) {   /* last zero <= cp */
        size_t mid = (lo + hi) / 2;
        if (digit_zeros[mid] <= cp) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t z = digit_zeros[lo - 1];
    return cp - z < 10 ? (int)(cp - z) : -1;
}

int u8_next_slow(u8cursor *c) {
    if (c->i >= c->end) return -1;
    uint32_t cp = utf8_decode(c->s, c->end, &c->i);
    if (cp < 0x80) return (int)cp;
    int d = unicode_digit(cp);
    if (d >= 0) return '0' + d;
    return num_is_space(cp) ? ' ' : '?';
}
