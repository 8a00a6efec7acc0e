# globals() and locals() at module level are the same dict; changes through globals() are visible.
a = 1
g = globals()
print(g['a'], 'g' in g, globals() is locals())
g['b'] = 'made via globals'
print(b)
print(sorted(k for k in globals() if not k.startswith('__')))
print(__name__, globals()['__name__'])
def f():
    x = 5
    return sorted(locals().items())
print(f())
