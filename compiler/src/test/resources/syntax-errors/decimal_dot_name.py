x = 1.a
