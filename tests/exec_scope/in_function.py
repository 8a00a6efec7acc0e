# exec/eval inside a function see a snapshot of its locals; new names do not become locals.
x = 'global x'
def f():
    x = 'local x'
    exec('print(x)')
    print(eval('x'))
    exec('print(len(x))')
    ns = {}
    exec('w = x + "!"', globals(), ns)
    print(ns)
    exec('x = "changed by exec"')
    print(x)
f()
def g():
    exec('new_name = 1')
    try:
        print(new_name)
    except NameError as e:
        print('NameError', e)
g()
