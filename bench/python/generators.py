# Benchmark: generators, generator expressions and yield from pipelines. Checksum of the stream.
N = 1100000
def numbers(n):
    for i in range(n):
        yield i
def scaled(it, k):
    for x in it:
        yield x * k % 1009
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.pop(0)
def chained(n):
    yield from numbers(n // 2)
    yield from (x * 2 for x in numbers(n // 2))
total = 0
count = 0
for w in windows(scaled(chained(N), 7), 4):
    total = (total + w) % 4294967296
    count += 1
evens = sum(x for x in numbers(N) if x % 2 == 0)
def acc():
    s = 0
    while True:
        v = yield s
        s += v
a = acc()
next(a)
for i in range(N // 4):
    last = a.send(i)
print('windows', count, 'total', total, 'evens', evens, 'acc', last)
