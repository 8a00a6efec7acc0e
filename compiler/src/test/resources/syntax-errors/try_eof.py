try:
    a[10]
