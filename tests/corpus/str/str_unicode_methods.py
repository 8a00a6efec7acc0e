# Case and predicate methods on non-ASCII letters and digits.
for s in ('ÀÉÎõü', 'straße', 'Ωμέγα', 'ǅ', '١٢٣', 'ⅷ', 'ＡＢＣ'):
    print(s, s.upper(), s.lower(), s.isalpha(), s.isdigit(), s.isnumeric(), len(s), len(s.encode()))
print('ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
