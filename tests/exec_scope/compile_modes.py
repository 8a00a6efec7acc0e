# compile() in exec, eval and single modes; code objects run many times.
c_exec = compile('total = total + 1', 'exec-src', 'exec')
c_eval = compile('total * 10', 'eval-src', 'eval')
c_single = compile('total + 0.5', 'single-src', 'single')
total = 0
for _ in range(3):
    exec(c_exec)
print(total, eval(c_eval))
exec(c_single)
ns = {'total': 40}
exec(c_exec, ns)
print(ns['total'], eval(c_eval, ns))
print(type(c_exec).__name__, c_exec.co_filename, c_eval.co_filename)
