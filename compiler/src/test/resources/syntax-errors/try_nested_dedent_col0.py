try:
    if x:
        y
z = 1
