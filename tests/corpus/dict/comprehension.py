# dict comprehensions, including conditions, nested loops and inversion.
sq = {x: x * x for x in range(6)}
print(sq)
ev = {k: v for k, v in sq.items() if k % 2 == 0}
print(ev)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(pairs)
print({c: 'aabbbc'.count(c) for c in 'abc'})
