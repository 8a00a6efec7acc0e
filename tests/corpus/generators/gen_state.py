# Generator attributes and the StopIteration-inside-generator rule (RuntimeError).
def counter():
    yield 1
    yield 2
g = counter()
print(list(zip(g, 'ab')))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e)
def gen_with_local():
    total = 0
    for i in range(4):
        total += i
        yield total
print(list(gen_with_local()), list(gen_with_local())[-1])
