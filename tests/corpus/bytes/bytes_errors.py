# Errors from bytes/bytearray operations: str mixing, bad fromhex, bad decode, immutability.
tests = [lambda: b'a' + 'b', lambda: bytes.fromhex('zz'), lambda: b'\xc3'.decode(), lambda: bytes('x'),
         lambda: b'abc'.index(b'z'), lambda: bytearray(b'a').pop(5), lambda: b'%d' % 'x', lambda: bytes(-1)]
for t in tests:
    try:
        t()
        print('no error')
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
