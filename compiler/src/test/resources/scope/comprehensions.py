xs = [1, 2, 3]
ys = [x * y for x in xs for y in range(x) if x > y]
def f(n):
    return {k: v for k, v in zip(range(n), range(n))}
def g(data):
    total = 0
    if any((total := total + d) > 5 for d in data):
        return total
    return [[i + j for j in range(i)] for i in data]
s = {c for c in "abc"}
gen = (a for a in xs)
z = [w := 1 for _ in xs]
