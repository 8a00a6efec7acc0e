import os, sys as s
from . import x
from ..a.b import (c as d, e,)
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    global g
    x = [i*2 for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = {1, 2, *x}
    w = {**kw, 'a': 1}
    t = (yield)
    a, *b = 1, 2, 3
    a[1:2, ::3] = b.c(*x, **kw, q=1)
    print(f"{a!r:>{w}} {b=} {{}}")
    return lambda x, y=2: x if y else -x ** 2
class C(B, metaclass=M):
    @staticmethod
    def g(x, /, y): pass
try:
    pass
except (A, B) as e:
    raise X from e
except:
    pass
else:
    pass
finally:
    del a, b[1]
with open(x) as f, g() as (a, b):
    while not a is not b in c: break
    else: pass
for i, j in x:
    assert i, "m"
    if (n := 10) > 5: pass
    elif x: pass
    else: ...
x: int = 5
x += 1; y **= 2
s = 'a' "b" r'\n' '\x41\u00e9\N{BULLET}'
b = b'\x00abc' rb'\d'
n = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + 10**100 + 123456789012345678901234567890
