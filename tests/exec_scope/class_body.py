# exec in a class body writes into the class namespace; eval reads class-level names.
class K:
    a = 1
    exec('b = a + 1')
    c = eval('a + b')
    exec('def method(self):\n    return "defined by exec"')
print(K.a, K.b, K.c, K().method())
class L:
    names = []
    exec('names.append("appended")')
print(L.names)
