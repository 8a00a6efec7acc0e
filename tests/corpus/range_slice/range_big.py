# Ranges with big bounds: len, membership and indexing without materializing.
r = range(0, 2 ** 40, 3)
print(len(r), r[-1], 2 ** 39 in r, (2 ** 39 - 2) in r)
big = range(-(10 ** 12), 10 ** 12, 10 ** 11)
print(list(big)[:3], len(big), big[5])
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(sum(range(1000000, 1000100)))
