# Full Unicode case mapping and character classes (Unicode 14.0, as CPython 3.11).
words = ['straße', 'ǅungla', 'ŉ', 'ΐ', 'ﬃ', 'İstanbul', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'σς', 'Σ',
         'aΣ.', "a'Σ b", 'ꞓ', 'ɥ', 'Ꭰꭰ', 'ᲀ', 'ǰ', 'ﬅ', 'և', 'ᾳ', 'ᾼ', '𐐀𐐨', '𞤀𞤢', 'Ⓐⓐ', 'ǈ']
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(' ', w.isupper(), w.islower(), w.istitle(), w.isalpha(), len(w.upper()), len(w.lower()))
print('ß'.upper() == 'SS', 'ß'.casefold(), 'ẞ'.lower(), 'ß'.title(), 'ﬁ'.capitalize())
print('hello wORLD ǆx'.title(), "they're bill's".title(), 'ǆemal'.capitalize())
for s in ('Ⅻ', '²', '½', '٣', '𝟙', '〇', '十', 'ⅰ', 'A1', 'ⓐ', 'ᵃ', 'ª'):
    print(s, s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isupper(), s.islower())
for s in ('\u00a0', '\u2003', '\u3000', '\u200b', '\u0085', '\x1f', '\u180e', '\ufeff', 'a b'):
    print(repr(s), s.isspace(), s.isprintable())
print('a\u3000b\u2003c\xa0d'.split(), 'x\u2028y'.split(), ' \u3000 z \u2003 '.strip(), '\u00e0 \u00e0'.split())
for s in ('变量', 'ⅷx', 'x²', '_ñ', '١x', 'x١', 'a·b', '℘', '℮', 'ⸯ', 'a\u200d'):
    print(s, s.isidentifier())
print([c for c in 'a\u0378\u00ad\u2029\U000e0001\U0010ffff\U00020000é' if not c.isprintable()])
print(ascii('ǅ'.lower()), ascii('ΐ'.upper()), ascii('İ'.lower()), ascii('ﬀ'.title()))
