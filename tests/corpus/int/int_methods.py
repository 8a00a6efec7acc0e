# int methods: bit_length, to_bytes/from_bytes, conjugate, numerator.
for n in (0, 1, 255, 256, -1, -255, 2 ** 100):
    print(n, n.bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-2).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((2 ** 70).to_bytes(9, 'big'))
print(int.from_bytes(bytes(range(1, 11)), 'little'))
print((5).numerator, (5).denominator, (5).real, (5).imag)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
