# Functions defined by exec keep the globals dict they were defined with.
g = {'k': 3}
exec('def times_k(n):\n    return n * k', g)
f = g['times_k']
print(f(5))
g['k'] = 10
print(f(5))
k = 'module k'
exec('def module_fn():\n    return k')
print(module_fn())
code = compile('def made():\n    return where', 'gen', 'exec')
a = {'where': 'dict a'}
b = {'where': 'dict b'}
exec(code, a)
exec(code, b)
print(a['made'](), b['made']())
