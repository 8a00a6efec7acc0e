# Tuple keys of small ints take a radix sort (64 items or more); every other kind of tuple key
# must fall back to the comparison sort with the same, stable result.
seed = 7
def rnd(m):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % m

# small-int keys whose range takes two passes of 9 or 10 bits, and one-value ranges
ints = [rnd(200000) - 100000 for _ in range(1030)]
s = sorted(ints)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
s = None
r = sorted(ints, reverse=True)
print(r[:5], r[-3:], all(r[i] >= r[i + 1] for i in range(len(r) - 1)))
del r, ints
data = [rnd(1000) - 500 for _ in range(300)]
print(sorted(data, key=lambda x: (x % 7, -x))[:20])
print(sorted(data, key=lambda x: (x % 7, -x), reverse=True)[:20])
del data
# equal keys keep their original order (values differ): stability, both directions
pairs = [(rnd(5), i) for i in range(200)]
print(sorted(pairs, key=lambda p: (p[0],))[:15])
print(sorted(pairs, key=lambda p: (p[0],), reverse=True)[:15])
print(sorted(pairs, key=lambda p: (p[0], p[1] % 3))[:15])
del pairs
# the tuples themselves, without a key
tups = [(rnd(4), rnd(4), rnd(4)) for _ in range(150)]
print(sorted(tups)[:12], sorted(tups)[-5:])
print(sorted(tups, reverse=True)[:12])
del tups
# four and five items (five is left to the merge sort)
t4 = [(rnd(3), rnd(3), rnd(3), rnd(3)) for _ in range(100)]
print(sorted(t4)[:8], sorted(t4, reverse=True)[:4])
del t4
t5 = [(rnd(2), rnd(2), rnd(2), rnd(2), rnd(2)) for _ in range(100)]
print(sorted(t5)[:6])
del t5
# mixed lengths, a bool, a float, a big int, a string: all need the comparison sort
mixed = [(rnd(3), rnd(3)) for _ in range(80)] + [(1,), (1, 2, 3), (0,)]
print(sorted(mixed)[:10], sorted(mixed)[-6:])
del mixed
withbool = [(rnd(3), True if rnd(2) else 0) for _ in range(80)]
print(sorted(withbool)[:10])
del withbool
withfloat = [(rnd(3), rnd(5) / 2) for _ in range(80)]
print(sorted(withfloat)[:10])
del withfloat
wide = [(rnd(3), rnd(100) * 2**40) for _ in range(66)] + [(1, -2**62), (1, 2**62)]
print(sorted(wide)[:5], sorted(wide)[-3:])
del wide
big = [(rnd(3), 2**70 + rnd(10)) for _ in range(66)]
print(sorted(big)[:4])
del big
strs = [(rnd(3), str(rnd(50))) for _ in range(80)]
print(sorted(strs)[:10])
print(sorted([()] * 70 + [(1,)] * 3)[:2], len(sorted([()] * 70)))
print(sorted([5] * 100)[:3], sorted([(5, 5)] * 100)[:2])
print(sorted([-2**61, 2**61, 0] * 30)[::30])
