print(k, d[ating dicts: keys])
