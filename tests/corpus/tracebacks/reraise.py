# A bare raise in a handler keeps the original traceback frames.
def inner():
    raise KeyError('deep')
def middle():
    try:
        inner()
    except KeyError:
        print('logging and re-raising')
        raise
middle()
