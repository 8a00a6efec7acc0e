# raise ... from sets __cause__; implicit chaining sets __context__; from None suppresses.
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as r:
    print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError('clean') from None
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
e = Exception('plain')
print(e.__cause__, e.__context__)
