# bytes/bytearray search methods with start/end windows (find, rfind, index, rindex, count,
# startswith, endswith), partition/rpartition, removeprefix/suffix, hex(sep, n), and extended
# slice assignment and deletion on bytearray.
b = b"\x02hello\x03world\x02x\x03"
tests = [
 "b.find(b'\\x03', 2)", "b.find(b'\\x03', 7, 20)", "b.rfind(b'\\x02')", "b.index(b'w')", "b.count(b'o', 5)", "b.count(b'l', 0, 5)",
 "b.startswith((b'\\x01', b'\\x02'))", "b.endswith(b'\\x03', 0, 7)", "b.split(b'\\x03')", "b.strip(b'\\x02\\x03')", "b.rindex(b'o')",
 "b.find(3)", "b.find(104)", "b.replace(b'o', b'0', 1)", "b.partition(b'\\x03')", "b.rpartition(b'\\x03')", "b.upper()", "b.isdigit()",
 "b'12'.isdigit()", "b'a,b'.split(b',', 1)", "b' x '.lstrip()", "b'ab'.center(6, b'*')", "b'ab'.ljust(4)", "b'ab'.zfill(5)",
 "bytes.fromhex('de ad')", "b'\\xde\\xad'.hex(':')", "b'ab'.hex()", "int.from_bytes(b'\\x01\\x02', 'big')", "(258).to_bytes(2, 'little')",
 "int.from_bytes(b'\\xff', 'big', signed=True)", "(-1).to_bytes(2, 'big', signed=True)", "bytearray(b'abc').find(b'c', 1)",
 "bytes(3)", "bytes([1,2])", "b'abc'[::-1]", "b'a' * 3", "b'%d-%s' % (1, b'x')", "b'abc'.decode()", 
 "b'ab' in b'cabd'", "97 in b'a'", 
 "bytearray(b'abc').pop()", "bytearray(5)[1:3]", "bytes(bytearray(b'x'))", "b'x'.join([b'a', b'b'])", "b''.join([bytearray(b'a'), b'b'])",
 "b'a b  c'.split()", "b'a\\nb\\r\\nc'.splitlines()", "b'abc'.removeprefix(b'a')", "b'abc'.removesuffix(b'c')", "b'abc'.index(b'c', 1, 3)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"; print(ba)
ba[1:3] = [1, 2, 3]; print(ba)
del ba[::2]; print(ba)
ba += b"!"; print(ba)
ba.extend([65, 66]); print(ba, ba.count(b'A'))
ba.insert(0, 33); ba.remove(33); ba.reverse(); print(ba)
b = b"abcabc"
for args in [(b'',), (b'', 6), (b'', 7), (b'c', -2), (b'c', 2, -1), (b'bc', 1, 3), (b'bc', 1, 2), (99,), (b'a', None, 2), (b'', 3, 2), (b'a', -100, 100)]:
    r = []
    for m in ('find', 'rfind', 'count'):
        r.append(getattr(b, m)(*args))
    for m in ('index', 'rindex'):
        try: r.append(getattr(b, m)(*args))
        except ValueError as e: r.append(str(e))
    print(args, r, b.startswith(args[0] if args[0] != 99 else b'a', *args[1:]), b.endswith(args[0] if args[0] != 99 else b'c', *args[1:]))
print(b.startswith((b'x', b'ab')), b.endswith((b'bc',), 0, 3), bytearray(b).rindex(b'a'))
for sep, n in [(':', 1), ('-', 2), (b' ', -2), ('|', 3), ('.', -4)]:
    print(b'\x01\x02\x03\x04\x05'.hex(sep, n), bytearray(b'\xaa\xbb\xcc').hex(sep))
print(b''.hex(':'), b'\x01'.hex(':', 5))
for bad in (lambda: b.hex('::'), lambda: b.find('a'), lambda: b.partition(b''), lambda: b.startswith('a'), lambda: b.startswith(('a',))):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(b.partition(b'x'), b.rpartition(b'x'), bytearray(b'k=v').partition(b'='), b'abc'.removeprefix(b'x'))
ba = bytearray(range(10))
del ba[1::3]; print(ba)
ba[::-2] = bytes(len(ba[::-2])); print(ba)
try: ba[::2] = b'x'
except ValueError as e: print(e)
ba[::2] = ba[1::2] if len(ba[::2]) == len(ba[1::2]) else ba[::2]; print(ba)
