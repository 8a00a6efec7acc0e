# rivet: module — helper for seed_reverse.py and cross_module_*: runs code objects it is given.
x = 't3-x'
code_from_t3 = compile('print("t3 code sees", x)', 't3-code', 'exec')
def run_in_function(code):
    x = 'function-local'
    exec(code)
def run_in_class(code):
    class Inner:
        x = 'class-attr'
        exec(code)
    return Inner
def run_here():
    exec(code_from_t3)
def eval_here(expr):
    return eval(expr)
