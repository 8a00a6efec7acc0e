from .. import a
from ..a import value as parent_value
who = __name__
