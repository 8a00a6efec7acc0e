# The except handler after a failed first assignment: the variable was never bound. Also a
# finally clause, a with whose __exit__ swallows the exception, and the except-as name (deleted
# when its handler ends).
def fails():
    raise ValueError('no value')

def handler_reads():
    try:
        result = fails()
    except ValueError:
        print('handler sees result?', 'result' in locals())
        try:
            return result
        except UnboundLocalError as e:
            return 'unbound: ' + str(e)

def bound_before_try():
    result = 'old'
    try:
        result = fails()
    except ValueError:
        return result

def finally_reads(flag):
    try:
        if flag:
            fails()
        got = 'normal'
    finally:
        try:
            print('finally:', got)
        except UnboundLocalError as e:
            print('finally:', e)

class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def with_swallowed():
    with Swallow():
        fails()
        after = 1
    return after

def except_as_name():
    try:
        fails()
    except ValueError as err:
        print('in handler:', err)
    return err

print(handler_reads())
print(bound_before_try())
finally_reads(False)
try:
    finally_reads(True)
except ValueError as e:
    print('propagated:', e)
for f in (with_swallowed, except_as_name):
    try:
        f()
    except UnboundLocalError as e:
        print(f.__name__ + ':', e)
