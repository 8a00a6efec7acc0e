# Code objects cross modules both ways; each runs with the globals of the frame that execs it.
import t3
x = 'main'
mine = compile('print("mine sees", x)', 'mine', 'exec')
exec(mine)
exec(t3.code_from_t3)
t3.run_here()
t3.run_in_function(mine)
print(t3.eval_here('x'))
print(eval('x'))
