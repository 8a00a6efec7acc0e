# rivet: module — imported by t1.py (the seed case); its class body execs in class scope.
x = 2
c = compile('print(x)', 'me2', 'exec')
class C:
    x = 3
    exec('print(x)')
    exec(c)
    def ex(self, c):
        exec(c)
