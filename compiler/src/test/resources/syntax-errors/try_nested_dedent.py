def f():
    try:
        if x:
            y
    while True:
        pass
