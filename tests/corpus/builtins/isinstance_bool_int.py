# bool is a subclass of int: isinstance/type checks, arithmetic and dict keys.
print(isinstance(True, int), type(True) is int, type(True) == bool, issubclass(bool, int))
print(True + 1, True * 3.0, -True, ~True, True // 1, True / 2, True << 3)
print(str(True + False), repr(1 == 1), int(False), [True] * 2)
print({True: 'a', 1: 'b'}, {0, False}, max(True, 0), sorted([True, 0, -1, False]))
