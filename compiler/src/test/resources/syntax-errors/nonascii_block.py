if é:
    pass
else:
é = 2
