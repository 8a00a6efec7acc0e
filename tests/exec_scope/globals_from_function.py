# exec with globals() from inside a function writes module globals.
def setter(name, value):
    exec(f'{name} = {value!r}', globals())
setter('gv', 5)
setter('gs', 'text')
print(gv, gs)
def reader():
    return eval('gv * 2', globals())
print(reader())
def local_then_global():
    gv = 'local shadow'
    return eval('gv'), eval('gv', globals())
print(local_then_global())
