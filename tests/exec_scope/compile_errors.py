# compile and exec of invalid source raise SyntaxError; the program continues.
for src in ('1 +', 'def', 'x = = 2', 'return 5'):
    try:
        compile(src, 'bad-src', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.filename, e.lineno)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError in eval', e.filename)
try:
    compile('1', 'f', 'bogus')
except ValueError as e:
    print('ValueError', e)
