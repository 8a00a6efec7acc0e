# The CI-sized format stress for the GC-race issue (the full one is ../format_stress.py): the same
# record/checksum scheme over a sample of int, big-int, float, str and bool specs, a few hundred
# '{:spec}'.format(v) calls, so that four --gc-stress runs on the tiny board fit in a test suite.
INTS = [0, -123, 65535, 2 ** 64, -(3 ** 50)]
FLOATS = [1.5, -0.000321, 1e16, float('inf')]
STRS = ['', 'héllo', '✓日本']
SPECS_INT = ['', 'd', '+#x', '*^24_d', '>09,', '<#024b', ' o', '=+12']
SPECS_FLOAT = ['', '.3e', '+012.4f', '^20,.2f', 'g', '.0%', '#.12G', '*<9']
SPECS_STR = ['', '>9', '^9.3', '*<12s', '.0']

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
    if calls % 25 == 0:
        print(calls, repr(spec), repr(s))
    calls += 1

for spec in SPECS_INT:
    for v in INTS + [True]:
        record(spec, v)
print('ints done', calls, h)
for spec in SPECS_FLOAT:
    for v in FLOATS:
        record(spec, v)
print('floats done', calls, h)
for spec in SPECS_STR:
    for v in STRS:
        record(spec, v)
print('strs done', calls, h)
for n in range(40):
    record(['>60,', '<50_x', '^70', '+080,', '#066b'][n % 5], INTS[3 + n % 2] * (n + 1))
print('total calls', calls, 'checksum', h)
