print('init a')
value = 1
public = 'pub'
_hidden = 2
from . import b
from_b = b.late
