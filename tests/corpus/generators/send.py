# send() delivers values into a running generator; the first send must be None.
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
a = averager()
print(next(a))
for v in (10, 20, 60):
    print(a.send(v))
g = averager()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)
def echo():
    r = yield 'ready'
    while True:
        r = yield 'got ' + str(r)
e = echo()
print(e.send(None), e.send(1), e.send('x'), next(e))
