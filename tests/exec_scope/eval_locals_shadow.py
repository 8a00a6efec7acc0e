# eval's locals mapping shadows globals; globals shadow builtins; builtins are the fallback.
x = 'global'
print(eval('x'), eval('x', {'x': 'g-dict'}), eval('x', {'x': 'g-dict'}, {'x': 'l-dict'}))
print(eval('len', {}, {'len': 'shadowed len'}), eval('len("ab")', {}))
print(eval('y', {'y': 1}, {}), eval('(x, y)', {'x': 1, 'y': 2}, {'y': 20}))
