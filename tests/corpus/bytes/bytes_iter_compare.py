# Iterating bytes, min/max/sum, sorting, comparisons between bytes and bytearray.
data = b'\x05\x01\x09\x03'
print([x for x in data], sum(data), max(data), min(data), sorted(data))
print(bytes(sorted(data)), bytes(reversed(data)))
print(b'abc' == bytearray(b'abc'), b'a' != 'a', b'' < b'\x00')
print(bytearray(b'xyz')[1], bytearray(b'xyz')[1:], type(bytearray(b'xyz')[1:]).__name__)
print(b'ab'.count(b''), b'aXbXc'.split(b'X', 1), b'aXbXc'.rsplit(b'X', 1), b'a\nb'.splitlines())
