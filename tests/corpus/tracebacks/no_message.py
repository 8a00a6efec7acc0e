# Uncaught exceptions without a message print just the class name.
def f():
    raise IndexError
print('x')
f()
