# is vs ==: identity of singletons and mutable objects, != and is not.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a != b, a is not b)
print(None is None, True is True)
x = (1, 2)
print(x == (1, 2))
print(1 == 1.0, 1 == True, 'a' == 'a')
print([] == [], {} == {}, () == ())
print([1, [2, 3]] == [1, [2, 3]])
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(1 != 2, 'a' != 'a')
