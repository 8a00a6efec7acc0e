# Exception args, str() and repr() with zero, one and several arguments.
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(42), KeyError('key'), KeyError(), KeyError('a', 'b'), OSError(2, 'No such file'), StopIteration(7), IndexError('x'), ZeroDivisionError('z')):
    print(repr(e), '|', str(e), '|', e.args)
class Mine(Exception):
    def __str__(self):
        return 'custom str'
print(repr(Mine('x')), str(Mine('x')), Mine('x').args)
