def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from received
    return "end"

squares = (x * x for x in range(10) if x % 2)
total = sum(x for x in squares)
