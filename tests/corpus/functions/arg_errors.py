# TypeErrors for wrong argument counts and unexpected keywords.
def f(a, b):
    return a + b
for args, kw in (((1,), {}), ((1, 2, 3), {}), ((1,), {'c': 2}), ((), {'a': 1, 'b': 2, 'b2': 3})):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
def g():
    return 0
try:
    g(1)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print('TypeError', e)
