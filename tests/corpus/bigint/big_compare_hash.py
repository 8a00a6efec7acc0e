# Ordering and equality of big ints, use as dict keys and in sorting.
nums = [10 ** 30, -(10 ** 30), 2 ** 100, 3, -(2 ** 64), 0, 2 ** 64]
print(sorted(nums))
print(max(nums), min(nums))
d = {}
for n in nums:
    d[n] = str(n)[:4]
print(d[2 ** 100], d[-(2 ** 64)])
print(2 ** 64 == 18446744073709551616, 2 ** 64 != 2 ** 64 + 1)
print(10 ** 30 in set(nums))
