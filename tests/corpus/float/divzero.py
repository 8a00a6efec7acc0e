# Float division by zero raises ZeroDivisionError (Python does not return inf).
cases = [(1.0, 0.0), (0.0, 0.0), (1, 0.0), (-1.5, 0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
