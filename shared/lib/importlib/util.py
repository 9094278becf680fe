"""A pure-Python subset of importlib.util."""

import sys
import _pyw_imp
from importlib import _resolve_name


def find_spec(name, package=None):
    fullname = name
    if name.startswith('.'):
        level = len(name) - len(name.lstrip('.'))
        fullname = _resolve_name(name[level:], package, level)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    return _pyw_imp.find_spec(fullname)


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] if '.' in tail else tail
    return (head + '/' if head else '') + '__pycache__/' + base + '.cpython-311.pyc'
