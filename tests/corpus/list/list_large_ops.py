# Larger list operations: building, summing, filtering and reversing thousands of items.
a = list(range(5000))
print(len(a), sum(a), a[2500], a[-1])
b = [x for x in a if x % 7 == 0]
print(len(b), b[:5], b[-3:])
a.reverse()
print(a[:3], a.index(0))
c = a * 2
print(len(c), c.count(4999))
del c[1000:9000]
print(len(c), c[999], c[1000])
