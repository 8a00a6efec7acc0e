# An uncaught exception at module level: output so far, then the traceback, exit code 1.
print('before')
x = {'a': 1}
print(x['a'])
print(x['b'])
print('never')
