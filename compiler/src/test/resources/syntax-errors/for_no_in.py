for x:
    pass
