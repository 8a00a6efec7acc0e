# Integer division by zero raises ZeroDivisionError with the right message.
for op in ('div', 'floordiv', 'mod', 'divmod'):
    try:
        if op == 'div':
            1 / 0
        elif op == 'floordiv':
            1 // 0
        elif op == 'mod':
            1 % 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(op, 'ZeroDivisionError:', e)
try:
    (2 ** 100) // 0
except ZeroDivisionError as e:
    print('big', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('pow', e)
