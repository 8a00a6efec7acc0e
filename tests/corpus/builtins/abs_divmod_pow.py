# abs, divmod, pow and round on ints, floats and big ints.
print(abs(-3), abs(3.5), abs(-0.0), abs(-(2 ** 70)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 8), pow(2.0, -1), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(3, 4, 5))
print(round(2.567, 1), round(-0.5), round(0.5), round(1.5), round(25, -1), round(35, -1))
