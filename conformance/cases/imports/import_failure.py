# A module that raises during import is removed from sys.modules; the second import raises again, uncaught.
import sys
try:
    import _failing
except ValueError as e:
    print('ValueError:', e)
print('_failing' in sys.modules)
try:
    from shop import nothing_here
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0], '| name:', e.name)
try:
    import shop.nope
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name:', e.name)
try:
    import _stars_all.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
import _failing
