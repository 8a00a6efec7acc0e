# bytes methods: find, count, split, join, strip, replace, startswith, upper, hex, fromhex.
b = b'  key=value;other=thing  '
print(b.strip(), b.split(b';'), b.strip().split(b'=', 1))
print(b.find(b'='), b.rfind(b'='), b.count(b'e'), b.index(b'v'))
print(b'-'.join([b'a', b'b', b'c']), b'abc'.replace(b'b', b'XX'))
print(b'Hello'.upper(), b'Hello'.lower(), b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')))
print(b'\x01\xab\xff'.hex(), bytes.fromhex('01abff'), bytes.fromhex('de ad be ef'))
print(b'a b  c'.split(), b'x'.center(5, b'*'), b'12'.zfill(4), b'abc'.isalpha(), b'123'.isdigit())
print(b'hello'.decode(), b'caf\xc3\xa9'.decode('utf-8'))
