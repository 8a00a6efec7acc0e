# Format stress for the GC-race issue: tens of thousands of str.format calls across every type
# and format-spec feature. Prints every 500th result and a checksum over all results, so a single
# wrong or corrupted character anywhere changes the last line.
SMALL_INTS = [0, 1, -1, 7, 42, -123, 255, 65535, -99999]
BIG_INTS = [2 ** 64, -(3 ** 50), 10 ** 30 + 7, 2 ** 100 - 1, -(2 ** 70)]
FLOATS = [0.0, -0.0, 1.5, -2.25, 3.14159, 1e-05, 1e16, 123456.789, -0.000321, float('inf'), float('nan')]
STRS = ['', 'a', 'héllo', 'abcdefghijklmnop', '✓日本']
BOOLS = [True, False]

ALIGNS = ['', '<', '>', '^', '=']
FILLS = ['', '*']
SIGNS = ['', '+', '-', ' ']
ALTS = ['', '#']
ZEROS = ['', '0']
WIDTHS = ['', '1', '9', '24']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.3', '.12']
INT_TYPES = ['', 'd', 'b', 'o', 'x', 'X']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%']
STR_TYPES = ['', 's']

calls = 0
h = 0

def record(spec, value):
    global calls, h
    try:
        s = ('{:' + spec + '}').format(value)
    except ValueError:
        s = 'E'
    for ch in s:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    if calls % 500 == 0:
        print(calls, repr(spec), repr(s))
    calls += 1

def fill_align():
    for align in ALIGNS:
        for fill in FILLS:
            if fill and not align:
                continue
            yield fill + align

# ints, small and big, and bools: every int spec, two values per spec in rotation.
ints = SMALL_INTS + BIG_INTS
k = 0
for fa in fill_align():
    for sign in SIGNS:
        for alt in ALTS:
            for zero in ZEROS:
                for width in WIDTHS:
                    for group in GROUPS:
                        for t in INT_TYPES:
                            spec = fa + sign + alt + zero + width + group + t
                            record(spec, ints[k % len(ints)])
                            record(spec, ints[(k * 7 + 3) % len(ints)])
                            k += 1
                            if k % 4 == 0:
                                record(spec, BOOLS[k % 2])
print('ints done', calls, h)

# floats: every float spec with precision, one value per spec in rotation.
for fa in fill_align():
    for sign in SIGNS:
        for alt in ALTS:
            for zero in ZEROS:
                for width in WIDTHS[1:]:
                    for group in GROUPS:
                        for prec in PRECS:
                            for t in FLOAT_TYPES:
                                record(fa + sign + alt + zero + width + group + prec + t, FLOATS[k % len(FLOATS)])
                                k += 1
print('floats done', calls, h)

# strings: all string specs on every string.
for fa in fill_align():
    for width in WIDTHS:
        for prec in PRECS:
            for t in STR_TYPES:
                for s in STRS:
                    record(fa + width + prec + t, s)
print('strs done', calls, h)

# big ints once more with grouping and wide padding, which allocate the most.
for n in range(2000):
    v = BIG_INTS[n % len(BIG_INTS)] * (n + 1)
    record(['>60,', '<50_x', '^70', '+080,', '#066b'][n % 5], v)
print('total calls', calls, 'checksum', h)
