# Recursive data: trees as nested tuples, evaluation of expression trees, deep equality.
def evaluate(t):
    if isinstance(t, (int, float)):
        return t
    op, a, b = t
    x, y = evaluate(a), evaluate(b)
    return {'+': x + y, '-': x - y, '*': x * y, '/': x / y}[op]
expr = ('+', ('*', 3, ('-', 10, 4)), ('/', 9, ('+', 1, 2)))
print(evaluate(expr))
def build(d):
    return None if d == 0 else [build(d - 1), d, build(d - 1)]
def count(t):
    return 0 if t is None else 1 + count(t[0]) + count(t[2])
t = build(10)
print(count(t), build(3) == build(3))
nested = [1]
for _ in range(100):
    nested = [nested]
print(str(nested).count('['))
