# upper, lower, title, capitalize, swapcase, casefold on ASCII and non-ASCII.
for s in ('hello World', 'ÉCOLE élève', "they're bill's friends", 'mIxEd 123 CaSe', 'ß'):
    print(s.upper(), '|', s.lower(), '|', s.title(), '|', s.capitalize(), '|', s.swapcase())
print('HELLO'.casefold(), 'abc1'.upper())
