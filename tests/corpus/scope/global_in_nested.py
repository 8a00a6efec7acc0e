# global inside a nested function refers to the module, skipping the enclosing function.
x = 'module'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'set by inner'
        return x
    r = inner()
    return r, x
print(outer(), x)
