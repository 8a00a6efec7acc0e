/* unicode.c — lookups in the generated Unicode tables (unicode_data.h, scripts/gen-unicode.py):
 * one record per code point (class flags and four full case mappings), found through a
 * three-level table below UNI_TABLE_END and a sorted list of runs above it. No heap, no state. */
#include "unicode.h"
#include "unicode_data.h"

_Static_assert(UF_ALPHA == UNI_ALPHA && UF_CASE_IGNORABLE == UNI_CASE_IGNORABLE && UF_NUMERIC == UNI_NUMERIC,
               "unicode.h flags must match the generated table");

static const uni_record_t *record_of(uint32_t c) {
    if (c < UNI_TABLE_END) {
        uint32_t i1 = uni_level1[c >> (UNI_SHIFT1 + UNI_SHIFT2)];
        uint32_t i2 = uni_level2[(i1 << UNI_SHIFT1) | ((c >> UNI_SHIFT2) & ((1u << UNI_SHIFT1) - 1))];
        return &uni_records[uni_level3[(i2 << UNI_SHIFT2) | (c & ((1u << UNI_SHIFT2) - 1))]];
    }
    size_t lo = 0, hi = sizeof(uni_runs) / sizeof(uni_runs[0]);   /* last run starting at or before c */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (uni_runs[mid][0] <= c) lo = mid; else hi = mid;
    }
    return &uni_records[c > 0x10FFFF ? 0 : uni_runs[lo][1]];
}

unsigned uni_flags(uint32_t c) { return record_of(c)->flags; }

size_t uni_map(uint32_t c, enum uni_case which, uint32_t out[3]) {
    const uni_record_t *r = record_of(c);
    if (!(r->special & (1u << which))) { out[0] = (uint32_t)((int32_t)c + r->map[which]); return 1; }
    const uint32_t *s = uni_special[r->map[which]];
    for (uint32_t i = 0; i < s[0]; i++) out[i] = s[i + 1];
    return s[0];
}
