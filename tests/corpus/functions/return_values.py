# Returning multiple values, early returns, implicit None.
def parts(x):
    if x < 0:
        return
    if x == 0:
        return 'zero'
    return x, x * 2, [x]
print(parts(-1), parts(0), parts(3))
def no_return():
    x = 1
print(no_return())
def loop_return(xs):
    for x in xs:
        if x > 2:
            return x
    return -1
print(loop_return([1, 2, 3, 4]), loop_return([]))
