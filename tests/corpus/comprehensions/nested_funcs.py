# Comprehensions inside functions, closures over comprehension results, walrus in comprehension.
def pipeline(n):
    evens = [i for i in range(n) if i % 2 == 0]
    sq = {i: i * i for i in evens}
    names = {f'n{i}' for i in sq}
    return evens, sq, sorted(names)
print(pipeline(7))
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 7])
print([total := 0] and [(total := total + v) for v in data])
