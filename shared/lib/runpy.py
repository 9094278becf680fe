"""Locating and running Python code in a fresh namespace (a pure-Python subset of CPython's runpy)."""

import sys
import _pyw_imp

__all__ = ['run_module', 'run_path']


def _run_file(path, init_globals, run_name, spec=None, package=None):
    ns = {}
    if init_globals is not None:
        ns.update(init_globals)
    ns.update(__name__=run_name, __file__=path, __cached__=None, __doc__=None,
              __loader__=getattr(spec, 'loader', None), __package__=package, __spec__=spec)
    _pyw_imp.exec_file(path, ns)
    return ns


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at `path_name` and return the resulting module globals."""
    if run_name is None:
        run_name = '<run_path>'
    return dict(_run_file(path_name, init_globals, run_name, package=run_name.rpartition('.')[0]))


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it and return the resulting module globals."""
    spec = _pyw_imp.find_spec(mod_name)
    if spec is None:
        raise ImportError('No module named {}'.format(mod_name))
    if spec.submodule_search_locations is not None:
        main = mod_name + '.__main__'
        spec = _pyw_imp.find_spec(main)
        if spec is None:
            raise ImportError('No module named {}; {!r} is a package and cannot be directly executed'.format(main, mod_name))
        mod_name = main
    if spec.origin is None:
        raise ImportError("No code object available for {}".format(mod_name))
    if run_name is None:
        run_name = mod_name
    return dict(_run_file(spec.origin, init_globals, run_name, spec, mod_name.rpartition('.')[0]))
