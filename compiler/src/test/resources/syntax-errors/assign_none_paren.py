(None) = 1
