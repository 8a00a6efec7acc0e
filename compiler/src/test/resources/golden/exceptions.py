def f(x):
    try:
        r = 1 / x
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
    except (TypeError, KeyError):
        raise
    except:
        return -1
    else:
        return r
    finally:
        print("finally")

def g(items):
    for i in items:
        try:
            if i:
                break
            continue
        finally:
            print(i)
    return 0

def h():
    try:
        return 1
    finally:
        return 2
