# Slice bounds and steps beyond 64 bits are clipped as CPython clips them (lists, tuples, str,
# bytes, bytearray, range, slice.indices, index/find/count ranges), and CPython's TypeError
# for a bound that is not an integer.
xs = [1, 2, 3, 4, 5]
t = tuple(xs); s = "hello"; b = b"bytes"; ba = bytearray(b"abc"); r = range(10)
for seq in (xs, t, s, b, ba, r):
    print(seq[:10**30], seq[-10**30:], seq[10**30:], seq[:-10**30], seq[::10**20], seq[::-10**20], seq[-10**30:10**30:2])
print(slice(-10**30, 10**30, 3).indices(10))
print(slice(None, None, -10**25).indices(7))
print(slice(10**20, -10**20).indices(5))
ys = list(range(6)); ys[:10**30] = [9]; print(ys)
ys = list(range(6)); del ys[-10**30:2]; print(ys)
ys = list(range(6)); ys[::10**20] = [7]; print(ys)
try:
    xs[::0]
except ValueError as e: print(e)
try:
    xs[10**30]
except IndexError as e: print(e)
try:
    xs[2**63]
except IndexError as e: print(e)
print(r[10**30:], r[:10**30], range(10**30)[10**29::10**28])
class I(int): pass
class Ix:
    def __index__(self): return 10**40
print(xs[I(1):I(3)], xs[:Ix()], s[Ix():], r[I(2):Ix()], slice(I(1), Ix()).indices(4), xs.index(3, I(0), Ix()))
print("abcabc".find("c", -10**30, 10**30), "abc".count("a", 10**30))
for bad in (lambda: xs['a':], lambda: s[1.5:], lambda: r[:'x'], lambda: slice('a').indices(3), lambda: t[::1.0], lambda: b[None:'q'], lambda: xs.index(1, 'a'), lambda: 'abc'.find('a', 'x'), lambda: slice(1).indices(-1), lambda: slice(1).indices(2.0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ys = list(range(5)); ys['a':] if False else None
try:
    ys['a':] = [1]
except TypeError as e: print(e)
try:
    del ys[:'b']
except TypeError as e: print(e)
