# Unbounded recursion through generators (yield from, and a for loop over the next level) ends in
# RecursionError, as in CPython, not in a heap full of suspended generators; the program goes on.
def deeper(n):
    yield n
    yield from deeper(n + 1)

def deeper_loop(n):
    for x in deeper_loop(n + 1):
        yield x
    yield n

for make in (deeper, deeper_loop):
    try:
        for x in make(0):
            pass
    except RecursionError as e:
        print('RecursionError', e)

def nested(n):
    if n:
        yield from nested(n - 1)
    yield n
print(sum(nested(60)), list(nested(3)))
