a not is b
