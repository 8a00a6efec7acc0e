f(a 'b')
