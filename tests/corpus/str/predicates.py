# isdigit, isalpha, isspace, isalnum, isupper, islower, isdecimal, isnumeric, isidentifier.
for s in ('123', 'abc', 'abc123', '   ', '\t\n', '', 'ABC', 'Abc', 'abc ', 'é', '١٢٣', 'x_1', '1x', '½'):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.isidentifier())
