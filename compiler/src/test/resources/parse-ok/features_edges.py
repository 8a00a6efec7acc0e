# Corners of the grammar and the lexer; the tree must equal CPython's.
x = -2 ** 2, 2 ** -1, not a == b, not a in b, a if b else lambda: c, -a.b[c](d)
y = a[()], a[1:2,], a[:, :], a[::2, ...], {1: 2,}, [1,], (1,), {1,}
for q, in y: pass
for q in a, b: pass
q, = y
[*a] = b
a, b = *c, d
f(*a, *b); f(a, *b, c=1, *d, **e); f(**a, b=1); f(*a, b)
z = [x for x in y if (a if b else c)]
w = [x for x in range(3) for y in range(x) if x if y]
class A: v = [i for i in range(3)]
lam = lambda x=lambda: 1: x
lam2 = lambda *a, **k: (a, k)
n = 0_0, 00, 1E5, 1_1.1_1e1_1, 0e0, 0.0, 09.5, 0o0, 0b0, 0x0, 1., 1.e1, .1e-1
s = '\'', "\"", '''a''b''', """"a""", '''''', r'\'', r'\\', '\
continued', 'a\
b'
fs = f'{a!=b}', f'{ {"a": 1}["a"] }', f'{x:{"<" if a else ">"}10}', f"{'a' 'b'}", f'{x!r:^{w}.{p}f}'
fs2 = f'{x=!r:10}', f'{x = }', f'{ x }', f'{x:}', f'{x!s:}', f'' f'{y}' 'z', f'{{{x}}}', f'\N{BULLET}{x}'
fs3 = f'''{
    x
}''', F'{a}' rF'\n{b}' Rf'{c}\t'
fs4 = f'{x:%H:%M}', f'{3:{4}}', f'{lambda_ := 1}' if False else 0
with (open(x)) as f: pass
with (a, b): pass
with (a, b) as c: pass
with a as (b, c), d as [e, *g]: pass
with (a as b): pass
del (a), [b], c.d[e]
g = (yield_ for yield_ in x)
def gen():
    x = yield
    yield
    (yield)
    await_ = yield from y
    return (yield)
if a: pass
elif b:
    pass
else:
    if c: pass
    else: pass
try:
    pass
except A as e: pass
else: pass
while 1: break
def f(a, b=1, *, c, d=2, e, **k): pass
def g(a, /, *, b): pass
def h(a=1, /, b=2): pass
@(lambda f: f)
def i(): pass
@a.b.c
@a[1]
@a(1)(2)
class B: pass
x = a < b < c != d is not e not in f
x = a or b and not c or d
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = ~-+a
x = a if b else c if d else e
x = (a := 1, b := 2)
x = [y := 1, y]
x = f(y := 1)
x = a.b.c.d
x = 'a' 'b' f'c{d}' 'e'
x = b'a' b'b'
x = ...
x = a[...]
x: 'str'
(x): int
x.y: int = 3
x[0]: int = 4
print(x, end='')
assert (x, y)
raise (E)
import a.b.c
from . import (a, b as c)
from .. import d
from .a import (e)
global gx, gy
x = 0xDEAD_BEEF + 0o7_7 + 0b1_1
x = 1 if 2 else 3
x = 1_0
x = not not a
x = - - a
x = a ** b ** c
x = (a) (b)
x = (a)[b]
x = [] [0] if a else {} ['k']
