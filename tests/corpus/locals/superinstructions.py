# Pairs of instructions the VM runs in one dispatch (a local with a local, a constant, an attribute;
# a store then a load), in the cases that leave their fast paths: a jump to the pair's second
# instruction, attribute misses (class attributes, properties, __getattr__, a missing one with its
# traceback line), operands that are not small ints, and a store and load of the same variable.
class P:
    k = 'class attr'
    def __init__(self, x):
        self.x = x
    @property
    def double(self):
        return self.x * 2

class G:
    def __getattr__(self, name):
        return 'getattr ' + name

def attrs(p, g):
    a = p.x
    b = p.k
    c = p.double
    d = g.anything
    return a, b, c, d

def consts(v):
    return v + 1, v - 1, v * 2, v < 3, v == 2.5, v // 2

def pick(c, a, b):
    r = a if c else b     # the second load is a jump target
    s = r
    return s + r

def same(x):
    x = x
    y = x
    return y, x

def strings(s, t):
    u = s + t
    return u + '!', u[0], u * 2

print(attrs(P(3), G()))
print(consts(2), consts(2.5), consts(10 ** 20), consts(-7))
print(pick(True, 1, 2), pick(False, 'a', 'b'))
print(same([1]))
print(strings('ab', 'cd'))
total = 0
def loop(n):
    acc = 0
    for i in range(n):
        acc = acc + i
        acc = acc - 1
    return acc
print(loop(100))

def missing(p):
    first = p.x
    return first, p.nope

missing(P(1))
