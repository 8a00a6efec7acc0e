# A traceback through a generator frame and the loop consuming it.
def numbers():
    yield 1
    yield 2
    raise TypeError('generator failed')
for n in numbers():
    print(n)
