x = 0b1e
