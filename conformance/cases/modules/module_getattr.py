# PEP 562: module-level __getattr__ and __dir__, and the AttributeError they raise.
import _lazy
print(_lazy.eager, _lazy.lazy_value, 'lazy_value' in vars(_lazy))
print(dir(_lazy))
from _lazy import lazy_imported
print(lazy_imported)
try:
    _lazy.other
except AttributeError as e:
    print('AttributeError:', e)
try:
    from _lazy import missing
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
print(getattr(_lazy, 'lazy_x'), hasattr(_lazy, 'nope'))
