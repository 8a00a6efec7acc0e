print('init b')
from . import a
late = 'b-late ' + str(a.value)
