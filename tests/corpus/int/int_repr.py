# str/repr of ints including negatives and sizes crossing machine words.
for n in (0, -0, 7, -7, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 63)):
    print(n, repr(n), str(n), len(str(n)))
print(str(1234567890123456789012345678901234567890))
print(-999999999999999999999)
