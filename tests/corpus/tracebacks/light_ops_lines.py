# The interpreter stores the instruction pointer only where an instruction can raise or call out
# (vm.c SAVE_IP): each failing operation below must still be reported on its own line.
def add(a, b):
    c = a
    return (c
            +
            b)

def compare(a, b):
    if (a
            <
            b):
        return 1
    return 0

class Falsy:
    def __bool__(self):
        raise ValueError('no truth')

def truth(x):
    y = x
    while (y):
        return 1

def unbound(flag):
    if flag:
        v = 1
    return (flag,
            v)

def undefined():
    return (1,
            not_defined_anywhere)

def subtract(a, b):
    return (a -
            b)

for fn, args in ((add, (1, 'x')), (compare, (1, 'x')), (truth, (Falsy(),)),
                 (unbound, (False,)), (undefined, ()), (subtract, (2, None))):
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        print(fn.__name__, type(e).__name__, e)

class Store:
    def __setitem__(self, k, v):
        raise KeyError(k)
    def __getitem__(self, k):
        raise KeyError(k)

try:
    exec('a = 1\nb = 2\nc = (a +\n     b)', {}, Store())
except KeyError as e:
    print('exec store', e)

print(add(2, 3), compare(1, 2), truth(1))

# every failure again, each raised while handling the one before: the uncaught chain prints
# each traceback with its lines
cases = [(add, (1, 'x')), (compare, (1, 'x')), (truth, (Falsy(),)), (unbound, (False,)),
         (undefined, ()), (subtract, (2, None))]
def chain(i):
    fn, args = cases[i]
    if i == len(cases) - 1:
        fn(*args)
    try:
        fn(*args)
    except Exception:
        chain_other(i + 1)
def chain_other(i):  # alternating callers: no "[Previous line repeated]" folding in the output
    return chain(i)
chain(0)
