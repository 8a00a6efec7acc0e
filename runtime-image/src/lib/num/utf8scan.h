/* utf8scan.h — internal: reading Python str text (UTF-8) the way int() and float() see it:
 * Unicode whitespace is stripped, any Unicode decimal digit counts as its ASCII digit.
 */
#ifndef RIVET_NUM_UTF8SCAN_H
#define RIVET_NUM_UTF8SCAN_H

#include "num.h"

/* Decodes the code point at s[*i] (input is valid UTF-8, bounded by n) and advances *i. */
uint32_t utf8_decode(const char *s, size_t n, size_t *i);
/* Whitespace int() and float() skip: ASCII \t\n\v\f\r and space, Unicode spaces beyond. */
bool num_is_space(uint32_t c);
/* Narrows [*b, *e) past leading and trailing whitespace. */
void num_strip_space(const char *s, size_t *b, size_t *e);

/* A forward reader that maps each code point to one ASCII character: ASCII stays, Unicode
 * decimal digits become '0'..'9', Unicode whitespace ' ', anything else '?'. */
typedef struct { const char *s; size_t i, end; } u8cursor;
int u8_next_slow(u8cursor *c);
static inline int u8_next(u8cursor *c) {   /* -1 at the end; ASCII without a call */
    if (c->i >= c->end) return -1;
    unsigned char b = (unsigned char)c->s[c->i];
    if (b < 0x80) { c->i++; return b; }
    return u8_next_slow(c);
}

#endif
