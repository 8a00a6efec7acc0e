# eval/exec inside lambdas: parameters are locals, globals are the module's.
q = 'module q'
show = lambda: exec('print(q)')
show()
double = lambda a: eval('a * 2')
print(double(21))
print((lambda a, b: eval('a + b + len(q)'))(1, 2))
print(list(map(lambda s: eval(s), ['1+1', 'q.upper()', '[q] * 2'])))
