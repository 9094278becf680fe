# Modules that replace or remove their own sys.modules entry during import: every import form gets the
# replacement, the parent package's attribute is the replacement, and self-removal is a KeyError.
import sys, importlib
import swapper.as_object
print(swapper.as_object, swapper.as_object.debug, swapper.as_object.colour)
import swapper.as_object as settings
from swapper.as_object import debug, verbose
print(settings, debug, verbose)
from swapper import as_string
import swapper.as_string as s2
print(as_string, '|', s2 is as_string, importlib.import_module('swapper.as_string') is as_string)
print(__import__('swapper.as_string', fromlist=['x']))
for attempt in (1, 2):
    try:
        import swapper.deletes_self
    except KeyError as e:
        print(attempt, 'KeyError:', e)
print('swapper.deletes_self' in sys.modules, hasattr(swapper, 'deletes_self'))
try:
    importlib.import_module('swapper.deletes_self')
except KeyError as e:
    print('import_module KeyError:', e)
print(sorted(k for k in sys.modules if k.startswith('swapper')))
