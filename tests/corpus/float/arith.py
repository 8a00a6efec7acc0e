# Float arithmetic, mixed int/float, floor division and modulo signs.
print(7.5 + 2, 7.5 - 2, 7.5 * 2, 7.5 / 2, 7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5, 2.0 ** 10, 10 ** -1, (-8.0) ** 2)
print(1.0 % 0.1, -1.0 % 0.3)
print(5 % -0.5, -5 % 0.5)
print(0.1 + 0.7, 1e16 + 1, 1e16 + 2)
print(3 * 0.1, 0.5 - 0.4)
