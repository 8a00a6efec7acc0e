# Three levels of nesting; nonlocal reaches the nearest enclosing binding.
def a():
    x = 'a'
    def b():
        x = 'b'
        def c():
            nonlocal x
            x = 'c-set'
            return x
        r = c()
        return r, x
    res = b()
    return res, x
print(a())
def level1():
    v = 1
    def level2():
        def level3():
            return v * 100
        return level3()
    return level2()
print(level1())
