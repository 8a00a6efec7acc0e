# Round trips: int<->str in bases, float<->str, list<->tuple<->set, bytes<->str, chr<->ord.
for n in (0, 255, -4096, 2 ** 77):
    assert int(str(n)) == n and int(hex(n), 16) == n and int(bin(n), 2) == n
    print(n, 'ok')
for x in (0.1, 1 / 3, 1e-300, 123456.789e10, -2.5e-8):
    assert float(repr(x)) == x
    print(repr(x), 'ok')
print(list(tuple([1, 2])), sorted(set((3, 1, 3))), ''.join(chr(ord(c) + 1) for c in 'HAL'))
print('✓'.encode().decode() == '✓', bytes(list(b'xyz')) == b'xyz')
