# A dense tour of the grammar Rivet accepts; its tree must equal CPython's.
from __future__ import annotations
from .pkg.mod import *
from ... import up
import a.b.c as abc, d

@decorator
@decorator.with_args(1, key=2)
class Klass(Base1, Base2, metaclass=Meta, **extra):
    attr: int
    other: list[int] = []
    (paren): int = 1
    obj.field: str = "x"

    def method(self, a, b: int = 2, /, c=3, *rest: str, d, e: float = 1.5, **kw: dict) -> None:
        nonlocal_free = lambda: 0
        def inner():
            nonlocal nonlocal_free
            global GLOBAL
            yield from range(3)
            x = yield
            return (yield x)
        return inner

def only_kw(*, a, b=1): pass
def posonly(a, b, /): pass
def defaults_all(a=1, /, b=2, *, c): pass
lam = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
lam2 = lambda *, k: k
lam3 = lambda: (yield)

x = 1 if a else 2 if b else 3
y = not a and b or not c
z = a < b <= c > d >= e == f != g is h is not i in j not in k
w = -x ** -y ** 2
v = ~a + +b - -c * d / e // f % g @ h << 1 >> 2 & 3 ^ 4 | 5
u = (a, b), [c, *d], {e, *f}, {**g, 'h': 1, **i}
t = a[1], a[1:2], a[::], a[1:2:3], a[:, 1], a[..., None], a[1:2, ::3, x]
s = f(*args, *more, key=1, **kw, **kw2), f(a)(b)[c].d
r = [x for x in range(10) if x if not x for y in x]
q = {k: v for k, v in items if k}
p = {x for async_ in y} if False else {x for x in y}
o = (x for x in y)
n = sum(x for x in y)
m = (a := 10) + (b := 20)
if (n := len(a)) > 10:
    pass
l = [y := 1, y**2]
k = 'a' 'b' "c" """d""" '''e''' r'\n' R'\t' u'x' U'y'
j = b'a' B'b' br'\x' Rb'\y' rB'z' BR"w"
i = f'{x}' F'{y!r}' rf'{z!s:>10}' fR'{w!a:{width}.{prec}}' f'{x=}' f'{x = !s}' f'{x=:>5}' f'{{}}{x}{{'
h = f"{'nested'}" f'{x:{"a"}}' f'{x}' 'plain' f'{3.14:.2f}' f'{a["k"]}' f'{(lambda: 1)()}'
g = 0, 00, 0_0, 1_000, 0x_FF, 0XAB, 0o17, 0O7, 0b1, 0B1_0, 1.0, 1., .5, 1e10, 1E-5, 1_0.0_1e+1_0
big = 123456789012345678901234567890123456789
esc = '\a\b\f\n\r\t\v\\\'\"\0\7\77\101\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\q'
besc = b'\a\b\f\n\r\t\v\\\'\"\0\7\77\101\x41\q'
cont = 1 + \
    2
paren = (1 +
         2)
a, *b = c
[a, b] = c
(a, b) = c
a = b = c = d
a.b.c = 1; a[1] += 2; a.b -= 3
a *= 1; a /= 2; a //= 3; a %= 4; a **= 5; a >>= 6; a <<= 7; a &= 8; a ^= 9; a |= 10; a @= 11
del a, b.c, d[1], (e, f), [g]
assert x
assert x, "message"
raise
raise E
raise E from None
for a, (b, c) in x: break
else: pass
while True: continue
else: pass
for x in *a, *b: pass
try:
    pass
except E:
    pass
except (E1, E2) as err:
    pass
except:
    pass
else:
    pass
finally:
    pass
try: pass
finally: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
if a: pass
elif b: pass
elif c: pass
else: pass
...
print(*a, sep='', end='\n', file=None)
match = 1
case = match
_ = match[0]
type = 1
x = [
    1,
    2,  # comment
]
def gen():
    yield
    yield 1, 2
    await_ = 1
    z = yield from g()
    with (yield): pass
class Empty: pass
class Empty2(): pass
