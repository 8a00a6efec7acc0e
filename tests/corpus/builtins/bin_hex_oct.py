# bin, hex and oct of positive, negative and big ints, and round-trips via int(s, 0).
for n in (0, 1, 7, 255, -255, 2 ** 64, -(2 ** 70) + 1):
    b, h, o = bin(n), hex(n), oct(n)
    print(b, h, o, int(b, 0) == n, int(h, 0) == n, int(o, 0) == n)
