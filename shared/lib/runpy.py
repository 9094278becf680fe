"""Locating and running Python code using the module namespace (a pure-Python subset of CPython's
runpy): run_module, run_path, and _run_module_as_main, which `python -m MODULE` calls.

CPython freezes runpy into its executable: its code is named "<frozen runpy>" and tracebacks show
its frames with a line number and no source line. The engine compiles this file under that name
too (engines/cpython/runtime/imports/frozen.ts), and each statement a traceback can pass through
stands on the line it has in CPython 3.11's Lib/runpy.py (marked `# line N`), so a traceback
through `pyw run -m` reads as python3's. Move code only into the blank stretches between them.
"""

import sys
import _pyw_imp

__all__ = ['run_module', 'run_path']

_ModuleType = type(sys)


class _TempModule:
    """sys.modules[name] is a fresh empty module while the block runs, then what it was before."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = _ModuleType(mod_name)
        self._saved = []

    def __enter__(self):
        if self.mod_name in sys.modules:
            self._saved.append(sys.modules[self.mod_name])
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._saved:
            sys.modules[self.mod_name] = self._saved.pop()
        else:
            del sys.modules[self.mod_name]


class _ModifiedArgv0:
    """sys.argv[0] is `value` while the block runs."""

    def __init__(self, value):
        self.value = value
        self._saved = None

    def __enter__(self):
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc_info):
        sys.argv[0] = self._saved


def _warn_runtime(message):
    # CPython's warn(RuntimeWarning(msg)) at its caller's line (imported only when needed).
    import warnings
    warnings.warn(RuntimeWarning(message), stacklevel=2)
# (kept free: the numbered statements below stand on CPython's lines)







def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Runs `code` in `run_globals` with the module attributes runpy sets; returns the namespace."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    # (kept free: the numbered statements below stand on CPython's lines)







    exec(code, run_globals)  # line 88
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """_run_code in a temporary module standing in sys.modules, with sys.argv[0] the file."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)  # line 98
    # A copy: the temporary module's namespace may be cleared once it is gone.
    return mod_globals.copy()



def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run: a package's __main__ submodule for a package."""
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name = mod_name.rpartition('.')[0]
    if pkg_name:
        # The parent packages are imported first, so that an error in one propagates as it is.
        try:
            __import__(pkg_name)  # line 112
        except ImportError as e:
            # A missing package is left for find_spec below to report; any other import error is not.
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        # (kept free: the numbered statements below stand on CPython's lines)






        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            msg = ('{0!r} found in sys.modules after import of package {1!r}, but prior to execution '
                   'of {0!r}; this may result in unpredictable behaviour').format(mod_name, pkg_name)
            _warn_runtime(msg)  # line 128 (CPython's warn())

    try:
        spec = _find_spec(mod_name)  # line 131
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += ". Try using '{}' instead of '{}' as the module name.".format(mod_name[:-3], mod_name)
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    # (kept free: the numbered statements below stand on CPython's lines)



    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            pkg_main_name = mod_name + '.__main__'
            return _get_module_details(pkg_main_name, error)  # line 148
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error('%s; %r is a package and cannot be directly executed' % (e, mod_name))
    if spec.loader is None:
        raise error('%r is a namespace package and cannot be executed' % mod_name)



    try:
        code = _pyw_imp.get_code(spec)  # line 159 (CPython's loader.get_code)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, code


def _find_spec(name):
    """importlib.util.find_spec for an absolute name."""
    if name in sys.modules:
        spec = getattr(sys.modules[name], '__spec__', None)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    return _pyw_imp.find_spec(name)


# `python -m`'s own errors: printed as "EXECUTABLE: message", exit status 1.
class _Error(Exception):
    """An error _run_module_as_main reports as one line, without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs module `mod_name` as __main__, in the namespace of the existing __main__ module.

    What `python -m` does: sys.argv[0] becomes the module's file, and __name__, __file__,
    __cached__, __loader__, __package__ and __spec__ of __main__ are replaced.
    """
    try:
        mod_name, mod_spec, code = (_get_module_details(mod_name, _Error) if alter_argv or mod_name != '__main__'
                                    else _get_main_module_details(_Error))  # line 189 (a directory run as the program)
    except _Error as exc:
        sys.exit('%s: %s' % (sys.executable, exc))
    # The module runs in the namespace of __main__, the module the interpreter made at start-up:
    # its code replaces what the program's main script would have been.
    main_globals = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, '__main__', mod_spec)  # line 198


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Executes a module's code without importing it; returns the resulting module globals.

    run_name is __name__ (default: the module's name, NAME.__main__ for a package); with alter_sys,
    sys.argv[0] and sys.modules[run_name] are replaced while the code runs.
    """
    # (kept free: the numbered statements below stand on CPython's lines)














    mod_name, mod_spec, code = _get_module_details(mod_name)  # line 222
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)  # line 226
    else:
        # sys is left alone
        return _run_code(code, {}, init_globals, run_name, mod_spec)  # line 229


def run_path(path_name, init_globals=None, run_name=None):
    """Executes the code of the file `path_name`; returns the resulting module globals.

    __name__ is run_name (default '<run_path>'); sys.argv[0] and sys.modules[run_name] are
    replaced while the code runs. (Directories and zip files holding a __main__.py are not
    supported.)
    """
    # (kept free: the numbered statements below stand on CPython's lines)














































    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    fname = path_name
    code = _pyw_imp.get_code(path_name)  # line 290 (CPython's _get_code_from_file)
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=fname)  # line 291


def _get_main_module_details(error=ImportError):
    """The details of the __main__ module on sys.path[0] (a directory run as the program)."""
    # __main__ is in sys.modules already (the interpreter's own), so it is taken out while searching.
    main_name = '__main__'
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main
