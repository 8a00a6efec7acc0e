# Deleting a global then reading it raises NameError; local del makes it unbound.
value = 1
del value
try:
    print(value)
except NameError as e:
    print('NameError', e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
