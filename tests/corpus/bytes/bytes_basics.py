# bytes literals, indexing gives ints, slicing gives bytes, repr escapes.
b = b'hello\x00\xff\n'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1])
print(repr(b'\'"'), b'\t\r', bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b'abc' + b'def', b'ab' * 3, b'b' in b'abc', 98 in b'abc')
print(list(b'AZ'), b'abc' == b'abc', b'abc' < b'abd')
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError', e)
