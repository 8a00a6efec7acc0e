# The seed case the other way round: code compiled here runs inside t3's function and class.
import t3
x = 'main-x'
code = compile('print("sees", x)', 'main-code', 'exec')
t3.run_in_function(code)
t3.run_in_class(code)
exec(t3.code_from_t3)
t3.run_here()
