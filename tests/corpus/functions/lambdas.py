# lambda expressions: defaults, closures, immediate calls, as keys.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'now')(), (lambda *a, **k: (a, k))(1, z=2))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print((lambda f, n: f(f, n))(lambda self, n: 1 if n < 2 else n * self(self, n - 1), 10))
