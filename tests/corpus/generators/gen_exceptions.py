# Exceptions raised inside generators propagate to the consumer; the generator is then finished.
def g():
    yield 1
    raise ValueError('inside gen')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
print(next(it, 'finished'))
def guarded():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            yield 'div0'
try:
    print(list(guarded()))
except ZeroDivisionError as e:
    print('escaped', e)
