# encode/decode utf-8, errors on invalid bytes, len in bytes vs code points.
s = 'naïve café ✓'
b = s.encode('utf-8')
print(b, len(b), len(s))
print(b.decode('utf-8') == s, b.decode() == s, s.encode() == b)
print('€'.encode(), '😀'.encode('utf-8'), 'A'.encode('ascii'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
print(bytes('abc', 'utf-8'), str(b'xyz', 'utf-8'))
