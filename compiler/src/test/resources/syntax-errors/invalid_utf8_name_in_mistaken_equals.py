if n =‰ 0:
    pass
