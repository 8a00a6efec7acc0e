# try/except/else/finally execution order in the success and failure paths.
def run(fail):
    try:
        print('try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
run(False)
run(True)
try:
    pass
finally:
    print('bare finally')
