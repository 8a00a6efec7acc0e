import pkg
print(pkg.__name__, pkg.__package__, 'a' in dir(pkg))
import pkg.a
print(pkg.a.__name__, pkg.a.__package__, pkg.a.value, pkg.a.from_b)
from pkg import b
print(b.__name__, b.late)
from pkg.sub import deep
print(deep.who, deep.parent_value)
import pkg.sub.deep as d2
print(d2 is deep)
from pkg.a import *
print(public, 'hidden' in globals())
import sys
print('pkg.a' in sys.modules, sys.modules['pkg.b'] is b)
try:
    import nosuch
except ModuleNotFoundError as e:
    print('MNF', e, e.name if hasattr(e, 'name') else '')
try:
    import pkg.nosuch
except ModuleNotFoundError as e:
    print('MNF', e)
try:
    from pkg import nosuch_name
except ImportError as e:
    print('IE', type(e).__name__, str(e).split(' (')[0])
print(__name__)
