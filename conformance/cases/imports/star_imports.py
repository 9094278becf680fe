# "from module import *" with and without __all__, and star imports of a package's __all__.
from _stars_all import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(exported, _also_exported)
try:
    not_listed
except NameError as e:
    print('NameError:', e)

from _stars_plain import *
print(public_value, public_func(), math.sqrt(9))
for name in ('_private_value', '_math_alias'):
    print(name, name in globals())

from shop import *
print(VERSION, price_of('pear'), cart.__name__)
print('_private' in globals(), 'pricing' in globals())
import _stars_all
print(_stars_all.__all__, _stars_all.not_listed)
try:
    exec('def f():\n    from math import *\n')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
