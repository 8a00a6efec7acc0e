# Generator functions: lazy execution, next(), StopIteration, exhausted generators.
def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(g), next(g, 'exhausted'))
print(list(x * 2 for x in gen()))
