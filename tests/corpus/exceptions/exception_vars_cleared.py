# The `as` name is deleted after the except block ends.
try:
    raise ValueError('x')
except ValueError as err:
    print('inside', err)
try:
    print(err)
except NameError as e:
    print('NameError', e)
e2 = 'kept'
try:
    1 / 0
except ZeroDivisionError as e2:
    pass
print('e2' in globals())
