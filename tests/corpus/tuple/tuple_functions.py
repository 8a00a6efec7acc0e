# Tuples as records: returning, sorting, grouping, zip-unzip and tuple() of generators.
records = [('ann', 31, 'nyc'), ('bob', 25, 'sf'), ('cy', 31, 'la')]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(tuple(r[0] for r in records), max(records, key=lambda r: r[1]))
names, ages, cities = zip(*records)
print(names, sum(ages), cities)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats(ages)
print(lo, hi, mean, stats((1, 2, 3, 4)))
print((1, 2) + tuple('ab') + (None,), tuple(range(3)) * 2)
