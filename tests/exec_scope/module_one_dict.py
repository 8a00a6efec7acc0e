# exec/eval with one dict: it serves as globals and locals; __builtins__ gets inserted.
g = {'a': 10}
exec('b = a + 1\nc = len("xyz")', g)
print(sorted(k for k in g if k != '__builtins__'), g['b'], g['c'])
print('__builtins__' in g)
print(eval('a * b', g))
print(eval('a * b', {'a': 2, 'b': 3}))
try:
    exec('print(undefined_here)', {})
except NameError as e:
    print('NameError', e)
