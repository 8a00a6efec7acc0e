/* unicode.h — the Unicode character database for str's methods: character classes and full case
 * mappings (CPython 3.11 = Unicode 14.0), from const tables in flash (unicode.c, generated data in
 * unicode_data.h by scripts/gen-unicode.py). */
#ifndef RIVET_UNICODE_H
#define RIVET_UNICODE_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

enum uni_flag {
    UNI_ALPHA = 0x1, UNI_UPPER = 0x2, UNI_LOWER = 0x4, UNI_TITLE = 0x8, UNI_CASED = 0x10,
    UNI_CASE_IGNORABLE = 0x20, UNI_SPACE = 0x40, UNI_PRINTABLE = 0x80, UNI_XID_START = 0x100,
    UNI_XID_CONTINUE = 0x200, UNI_DECIMAL = 0x400, UNI_DIGIT = 0x800, UNI_NUMERIC = 0x1000,
};
enum uni_case { UNI_TO_UPPER, UNI_TO_LOWER, UNI_TO_TITLE, UNI_TO_FOLD };

unsigned uni_flags(uint32_t c);                          /* UNI_* bits of c */
static inline bool uni_is(uint32_t c, unsigned flag) { return (uni_flags(c) & flag) != 0; }
/* the full mapping of c (1 to 3 characters, e.g. 'ß' upper -> "SS") into out; returns the count */
size_t uni_map(uint32_t c, enum uni_case which, uint32_t out[3]);

#endif
