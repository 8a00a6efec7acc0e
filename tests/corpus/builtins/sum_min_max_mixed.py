# sum/min/max over mixed int, float and big int values, and over generators of tuples.
vals = [3, 2.5, 2 ** 70, -1, 0.0, True]
print(sum(vals), min(vals), max(vals), sorted(vals))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
print(min(('b', 2), ('a', 3), key=lambda t: t[1]), sum(x * x for x in range(10)))
print(sum([0.1] * 3), sum([1, 2, 3], 0.5), sum([], 7))
