def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append("else")
    return out

def nested(n):
    try:
        try:
            if n:
                raise ValueError(n)
            return "no error"
        except ValueError as e:
            return "caught %s" % e
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)

def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return "exhausted"
    return "broke"

print(ret_in_finally(), finally_overrides(), loop_control(), nested(0), nested(3), while_else(3))
for k in range(3):
    try:
        try:
            1 / k
        finally:
            print("k =", k)
    except ZeroDivisionError:
        print("div by zero")
