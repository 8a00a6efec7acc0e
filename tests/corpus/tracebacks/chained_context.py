# An exception raised inside an except block: "During handling ..." joins the tracebacks.
def cleanup():
    raise ValueError('cleanup broke')
try:
    print(1 / 0)
except ZeroDivisionError:
    cleanup()
