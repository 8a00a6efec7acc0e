# exec inside exec: each level's namespace is the dict it was given.
g = {}
exec('a = 1\nexec("b = a + 1")\nc = eval("a + b")', g)
print(g['a'], g['b'], g['c'])
exec('exec("print(\'inner\', x)", {"x": 42})')
def f():
    v = 'f-local'
    exec('exec("print(v)")')
f()
