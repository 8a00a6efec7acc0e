# Generators recursing about 100 levels deep via yield from.
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(100)), list(countdown(5)))
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(sum(1 for _ in tree(8)))
