# Exception context chains through several handlers.
def level3():
    raise KeyError('root')
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError('middle')
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError('top')
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
