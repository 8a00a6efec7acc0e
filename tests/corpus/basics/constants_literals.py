# Numeric and container literal forms, including underscores, exponents and nesting.
print(0, 00, 0x1F, 0o17, 0b1011, 1_000, 1e3, 1.5e-3, .5, 5., 1_0.0_1)
print([], [1, ], (), (1, ), {}, {1: 2, }, {1, 2, }, 'a' 'b')
print(type(1e3).__name__, type(10 ** 3).__name__, 1e3 == 1000, 0.5 == .5)
print(..., Ellipsis is ..., type(...).__name__)
print(-0, +0, --1, -+-1)
