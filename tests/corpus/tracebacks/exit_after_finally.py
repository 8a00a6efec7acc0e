# An uncaught exception still runs finally blocks (their output comes before the traceback).
def work():
    try:
        print('working')
        raise RuntimeError('work failed')
    finally:
        print('finally ran')
try:
    work()
finally:
    print('outer finally ran')
