# raise with a class, an instance, re-raise in nested handler, raising non-exceptions.
try:
    raise KeyError
except KeyError as e:
    print('class raised', repr(e))
try:
    raise IndexError('inst')
except IndexError as e:
    print('instance raised', repr(e))
try:
    raise 'string'
except TypeError as e:
    print('TypeError', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
