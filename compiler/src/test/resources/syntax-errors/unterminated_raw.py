s = r'abc\'
