# The seed case of the exec/eval issue: code compiled in one module, executed in another module's
# method, must run with the globals and locals of the frame that calls exec. CPython: 3, 3, 2.
x = 1
import t2
c = compile('print(x)', 'me', 'exec')
t2.C().ex(c)
