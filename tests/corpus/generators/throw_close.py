# throw() raises inside the generator; close() raises GeneratorExit and runs finally.
def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled', e)
                yield 'recovered'
    finally:
        print('cleanup')
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad')))
next(w)
w.send(2)
w.close()
print('closed')
w.close()
def simple():
    yield 1
s = simple()
next(s)
try:
    s.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(next(st, 'exhausted'))
