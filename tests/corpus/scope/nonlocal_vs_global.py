# nonlocal and global in the same program, names resolved at the right level.
g = 'g0'
def outer():
    g = 'outer local'
    def set_global():
        global g
        g = 'g1'
    def set_nonlocal():
        nonlocal g
        g = 'outer changed'
    set_global()
    r1 = g
    set_nonlocal()
    return r1, g
print(outer(), g)
