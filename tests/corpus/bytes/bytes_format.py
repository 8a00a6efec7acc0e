# bytes % formatting and conversions between bytes, int and str.
print(b'%d-%s-%x' % (5, b'ab', 255), b'%05d|%-4s|' % (42, b'x'))
print(int.from_bytes(b'\x12\x34', 'big'), (0x1234).to_bytes(2, 'little'))
print(str(b'abc'), repr(bytearray(b'q')), bytes(b'copy'))
print(bytes('日本', 'utf-8'), len(bytes('日本', 'utf-8')))
print([hex(x) for x in b'\x00\x10\xff'])
