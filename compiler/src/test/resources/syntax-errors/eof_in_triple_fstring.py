s = f'''{x
