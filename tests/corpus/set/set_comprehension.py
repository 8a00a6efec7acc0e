# Set comprehensions and deduplication preserving first-seen order via a helper set.
sq = {x * x % 10 for x in range(20)}
print(sorted(sq))
seen = set()
order = []
for w in 'b a c a b d c e'.split():
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted({c.lower() for c in 'AbBaC'}))
print(len({(i % 3, i % 2) for i in range(30)}))
