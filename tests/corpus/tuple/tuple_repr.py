# repr of tuples: nesting, one-element, containing strings and None.
print((1,), ((1,),), ('a', None, True), ((), [()]), (1, (2, (3, (4,)))))
print(str((1, 'x')), repr(('q"uote',)))
print(tuple(), tuple(x * x for x in range(4)))
