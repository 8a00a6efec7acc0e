# Unpacking in for loops over dict items, enumerate and zip, and nested structures.
d = {'x': (1, 2), 'y': (3, 4)}
for k, (a, b) in d.items():
    print(k, a + b)
for i, (ch, n) in enumerate(zip('ab', [10, 20])):
    print(i, ch, n)
points = [((0, 0), 'origin'), ((1, 2), 'p')]
print([f'{name}@{x},{y}' for (x, y), name in points])
