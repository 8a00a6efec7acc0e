# Operators of builtin types as methods: list.__getitem__(xs, 0), (1).__add__(2), getattr(list,
# '__len__'), object's generic methods not shadowing the type's own (repr, hash, format).
xs = [3, 1, 2]
print(list.__getitem__(xs, 0), list.__len__(xs), getattr(list, '__len__')(xs), list.__contains__(xs, 2))
list.append(xs, 9); print(xs)
print(dict.get({1: 2}, 1), str.join(",", ["a", "b"]), int.__add__(2, 3), str.upper("x"))
print(list.__setitem__(xs, 0, 7), xs, list.__iter__(xs).__next__())
print(dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), tuple.__len__((1, 2)))
print(int.__mul__(3, 4), int.__sub__(3, 4), float.__add__(1.5, 2.0), str.__add__("a", "b"), str.__mul__("ab", 2))
print(int.__eq__(1, 1), int.__lt__(1, 2), str.__eq__("a", "b"), int.__hash__(5), str.__len__("abc"))
print(int.__neg__(5), int.__abs__(-5), int.__bool__(0), float.__neg__(2.0), int.__float__(3), float.__int__(3.7))
print(int.__radd__(2, 3), int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__mod__(7, 3), int.__pow__(2, 10))
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__eq__([1], [1]))
print(int.__repr__(5), str.__repr__("a"), list.__repr__([1]), object.__repr__(None)[:14], int.__str__(7), float.__repr__(1.5))
print(str.__contains__("abc", "b"), str.__getitem__("abc", 1), bytes.__getitem__(b"ab", 0), set.__contains__({1}, 1), set.__len__({1, 2}))
print(list.__delitem__(xs, 0), xs, dict.__setitem__(d := {}, 'k', 'v'), d, dict.__delitem__(d, 'k'), d)
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__lshift__(1, 4), int.__rshift__(16, 2), int.__invert__(5))
print(int.__add__(1, 1.5), int.__lt__(1, 'a'), list.__lt__([1], [2]), str.__lt__('a', 'b'), str.__mod__('%d', 5))
print(sorted(xs, key=list.__len__ if False else None), list(map(str.strip, [" a ", "b "])), list(map(int.__neg__, [1, 2])))
print(hasattr(list, '__getitem__'), hasattr(int, '__add__'), hasattr(str, '__iter__'), hasattr(int, '__iter__'), hasattr(dict, '__len__'))
print([x for x in ('__len__', '__getitem__', '__iter__', '__contains__', '__add__', '__mul__', '__hash__', '__eq__') if hasattr(tuple, x)])
for expr in ["[1].__len__()", "(1).__add__(2)", "'a'.__eq__('a')", "{1:2}.__getitem__(1)", "[1,2].__getitem__(1)", "(5).__neg__()", "(2.5).__mul__(2)", "'ab'.__contains__('a')", "[1].__iter__()", "(1,2).__hash__() == hash((1,2))", "'x'.__hash__() == hash('x')", "(3).__lt__(4)", "'%s'.__mod__(1)", "[1].__add__([2])", "(3).__bool__()", "(3).__index__()", "(7).__floordiv__(2)", "(3).__radd__(1)", "b'a'.__len__()", "{1}.__len__()", "range(3).__len__()", "[1].__contains__(1)", "[3].__repr__()", "(1).__repr__()", "(1).__format__('03')", "(1.5).__int__()", "(1).__float__()", "'a'.__ne__('b')", "[1].__ne__([2])", "(1).__pow__(2)", "(1).__ge__(1)", "[1].__mul__(2)"]:
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__ if "iter" in expr or "reversed" in expr else r)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
