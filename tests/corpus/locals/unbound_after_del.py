# A local read after `del`: UnboundLocalError, also when the del happened in a loop or a branch,
# and the uncaught one's traceback (line of the read).
def after_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return 'caught: ' + str(e)

def del_twice():
    y = 2
    del y
    try:
        del y
    except UnboundLocalError as e:
        print('del twice:', e)
    y = 3
    return y

def del_in_branch(c):
    z = 'z'
    if c:
        del z
    return z

print(after_del())
print(del_twice())
print(del_in_branch(False))
try:
    del_in_branch(True)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def uncaught():
    w = [1]
    del w
    print('before')
    return len(w)

uncaught()
