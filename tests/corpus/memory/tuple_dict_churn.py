# Dicts keyed by tuples and lists of tuples created and discarded in a loop.
acc = 0
for r in range(80):
    grid = {(x, y): x * y + r for x in range(15) for y in range(15)}
    pts = sorted(grid.items(), key=lambda kv: -kv[1])[:5]
    acc = (acc + sum(v for _, v in pts) + len(grid)) % 1000003
print(acc)
