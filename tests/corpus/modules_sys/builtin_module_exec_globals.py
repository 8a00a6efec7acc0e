# exec() with a builtin module's dict as globals writes into that (flash-backed) namespace
import math
exec("pi = 3", math.__dict__)
print(math.pi)
g = math.__dict__
exec("def f():\n    global e\n    e = 2\nf()", g)
print(math.e, math.sqrt(4))
