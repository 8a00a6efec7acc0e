# Exceptions raised by exec'd code propagate to the caller and can be caught.
try:
    exec('1 / 0')
except ZeroDivisionError as e:
    print('caught', e)
try:
    eval('[][1]')
except IndexError as e:
    print('caught', e)
def f():
    exec('raise KeyError("from exec")')
try:
    f()
except KeyError as e:
    print('caught', repr(e))
print('end')
