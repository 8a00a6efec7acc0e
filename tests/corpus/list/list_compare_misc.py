# Comparisons, min/max/sum on lists, list of lists sorting, in-place ops.
rows = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
print(sorted(rows), max(rows), min(rows))
a = [1, 2, 3]
a *= 2
print(a, sum(a), a.count(2))
a += 'ab'
print(a)
print(list(reversed(a)), a[::-1] == list(reversed(a)))
print([1, [2, [3, [4]]]][1][1][1][0])
