# bytearray is a mutable bytes: item/slice assignment, append, extend, pop, del.
ba = bytearray(b'hello')
ba[0] = ord('j')
print(ba, len(ba))
ba.append(33)
ba.extend(b' world')
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[0:1] = b''
print(ba)
del ba[-6:]
print(ba, ba.pop(), ba)
ba.insert(0, 65)
ba.reverse()
print(ba, bytes(ba), bytearray(3), bytearray([1, 2]))
print(ba == bytearray(bytes(ba)), b'x' + bytearray(b'y'))
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.find(b'cd'), ba2.count(b'a'))
try:
    ba2[0] = 300
except ValueError as e:
    print('ValueError', e)
