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


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """The spec of the module in file `location` (a source or .pyc file), as importlib.util's."""
    if location is None:
        raise TypeError('spec_from_file_location() needs a location in this implementation')
    import os
    location = os.fspath(location)
    if isinstance(location, bytes):
        location = os.fsdecode(location)
    if submodule_search_locations is _POPULATE:
        stem = location.rpartition('/')[2].partition('.')[0]
        locations = [location.rpartition('/')[0]] if stem == '__init__' else None
    else:
        locations = submodule_search_locations
        if locations == []:
            locations = [location.rpartition('/')[0]]
    spec = _pyw_imp.spec_from_file_location(name, location, locations)
    if loader is not None:
        spec.loader = loader
    return spec


def module_from_spec(spec):
    """A new module for `spec`, its import attributes set (importlib._bootstrap.module_from_spec)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    if getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and getattr(module, '__path__', None) is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if getattr(module, '__cached__', None) is None and spec.cached is not None:
            module.__cached__ = spec.cached
    return module
