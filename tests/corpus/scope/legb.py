# Name resolution: Local, Enclosing, Global, Builtin; shadowing builtins.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local():
    x = 'local'
    return x
print(local(), x)
def uses_len():
    return len('abc')
len = lambda s: 'shadowed'
print(uses_len())
del len
print(uses_len())
