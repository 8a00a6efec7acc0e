def f():
    y = 1
    def g():
        global y
        nonlocal y
