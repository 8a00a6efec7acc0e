# exec and eval at module level with no dicts use the module's globals (which are its locals).
y = 5
exec('y = y + 1')
print(y)
exec('z = y * 2')
print(z)
print(eval('y + z'))
exec('print("inside exec", y, z)')
r = exec('1 + 1')
print(r)
