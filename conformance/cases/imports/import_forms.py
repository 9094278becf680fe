# Import statement forms: aliases, multiple names, dotted imports binding the top package, and imports inside functions.
import os.path
import os.path as osp
from os import path as p2, sep
import math, sys as system
print(os.path is osp is p2, sep in ('/', '\\'), system.maxsize > 0, math.floor(2.5))
from shop.util import fmt
from shop.util.fmt import money as m
print(fmt.money(1), m(2))
def local_import():
    import json
    from json import dumps as d
    return d([json.__name__])
print(local_import(), 'json' in dir())
import shop.util.fmt as deep_alias
print(deep_alias is fmt, 'shop' in dir())
import shop
print(shop.util.fmt is fmt)
try:
    import shop.price_of
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from shop import util as u, absent
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
