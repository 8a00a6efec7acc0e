# try/finally in generators runs when the generator is exhausted or closed.
# (Never relies on refcounting: an abandoned generator is closed explicitly.)
def g(tag):
    try:
        yield tag + '1'
        yield tag + '2'
    finally:
        print('finally', tag)
print(list(g('a')))
x = g('b')
print(next(x))
x.close()
y = g('c')
for v in y:
    print(v)
    break
y.close()
print('after break and explicit close')
