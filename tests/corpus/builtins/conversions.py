# int, float, str, bool, list, tuple, dict, set constructors as conversions.
print(int('12') + int(3.9), float('1.5') + float(2), str(12) + str(None))
print(bool(0), bool('a'), list('ab'), tuple([1]), dict([(1, 2)]), sorted(set([3, 3, 1])))
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(bin(10), hex(255), oct(8), bin(-10), hex(-1), oct(0))
print(chr(97), ord('a'), chr(8364), ord('€'))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
