def f(a, //): pass
