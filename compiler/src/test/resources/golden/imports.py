import os
import os.path
import a.b.c as abc
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.mod import name
from math import *
