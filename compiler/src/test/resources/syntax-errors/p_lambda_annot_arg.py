f = lambda x: int, y: 1
