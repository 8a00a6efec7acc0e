# Loops that delete and re-bind a local: bound on every iteration when the re-binding comes after
# the del, unbound on the next iteration when it does not; a while loop whose body binds on some
# iterations only; a generator that deletes between yields.
def rebind(n):
    x = -1
    out = []
    for i in range(n):
        out.append(x)
        del x
        x = i * i
    return out, x

def unbind_at_end(n):
    out = []
    for i in range(n):
        try:
            out.append(y)
        except UnboundLocalError:
            out.append('unbound')
        y = i
        if i % 2:
            del y
    return out

def sometimes(n):
    i = 0
    while i < n:
        if i % 3 == 0:
            last = i
        i += 1
    return last

def gen():
    v = 'a'
    yield v
    del v
    try:
        yield v
    except UnboundLocalError as e:
        yield 'gen: ' + str(e)
    v = 'b'
    yield v

print(rebind(5))
print(unbind_at_end(6))
print(sometimes(7))
try:
    print(sometimes(0))
except UnboundLocalError as e:
    print('sometimes:', e)
print(list(gen()))
