# Big powers and their decimal representation.
print(2 ** 100)
print(3 ** 100)
print(-(7 ** 50))
print(10 ** 50 + 1)
print(2 ** 1000 % 10 ** 20)
print(len(str(2 ** 3000)))
print(str(2 ** 512)[:30], str(2 ** 512)[-30:])
