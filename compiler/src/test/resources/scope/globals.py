x = 1
def f():
    global x
    x = 2
    y = x
    def g():
        return y + x
    return g
def h():
    print(x)
del x
import os.path
import a.b as c
from m import n, o as p
