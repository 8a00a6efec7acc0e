class A:
    # c
