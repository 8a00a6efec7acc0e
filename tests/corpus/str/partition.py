# partition and rpartition, including separator absent.
s = 'key=value=more'
print(s.partition('='), s.rpartition('='))
print(s.partition(':'), s.rpartition(':'))
print('a.b.c'.partition('.'), ''.partition('x'))
k, _, v = 'name: Ada'.partition(': ')
print(k, v)
