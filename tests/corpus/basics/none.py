# None: identity, truthiness, repr, comparison and its use as a default.
x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None, x == None)
print(bool(x), not x)
print(type(x).__name__)
def f():
    pass
print(f() is None)
print([None, None].count(None))
print({None: 1}[None])
