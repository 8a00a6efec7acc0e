# UnboundLocalError when assigning a name that is read before in a function.
count = 0
def bad():
    try:
        count += 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
bad()
def outer():
    y = 1
    def inner():
        try:
            print(y)
        except NameError as e:
            print(type(e).__name__, e)
        y = 2
    inner()
outer()
