# With two dicts, functions defined by exec see the globals dict only (like a class body).
g = {}
l = {}
exec('a = 1\ndef f():\n    return a\n', g, l)
print(sorted(l), 'a' in g)
try:
    l['f']()
except NameError as e:
    print('NameError', e)
g2 = {}
exec('a = 1\ndef f():\n    return a\n', g2)
print(g2['f']())
