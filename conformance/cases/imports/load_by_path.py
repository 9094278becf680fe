# Loading modules from files by path, the plugin pattern: importlib.util.spec_from_file_location,
# module_from_spec and spec.loader.exec_module; the spec's and module's attributes, packages, and errors.
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
rel = lambda p: os.path.relpath(p, here)
spec = importlib.util.spec_from_file_location('plugins.first', os.path.join(here, 'byfile', 'plugin.py'))
print(spec.name, spec.parent, spec.has_location, spec.submodule_search_locations, rel(spec.origin), rel(spec.cached))
print(type(spec.loader).__name__, spec.loader.name, spec.loader.is_package('plugins.first'))
mod = importlib.util.module_from_spec(spec)
print(sorted(vars(mod)), 'plugins.first' in sys.modules)
print(mod.__name__, mod.__package__, mod.__spec__ is spec, mod.__loader__ is spec.loader, rel(mod.__file__))
spec.loader.exec_module(mod)
print(mod.VALUE, mod.greet('you'), type(mod.__builtins__).__name__, 'plugins.first' in sys.modules)
again = importlib.util.module_from_spec(importlib.util.spec_from_file_location('second', os.path.join(here, 'byfile', 'plugin.py')))
again.__spec__.loader.exec_module(again)
print(again is mod, again.greet('me'))
pspec = importlib.util.spec_from_file_location('bundle', os.path.join(here, 'byfile', 'bundle', '__init__.py'))
print(pspec.parent, [rel(p) for p in pspec.submodule_search_locations], pspec.loader.is_package('bundle'))
pkg = importlib.util.module_from_spec(pspec)
sys.modules['bundle'] = pkg
pspec.loader.exec_module(pkg)
print([rel(p) for p in pkg.__path__], sys.modules['bundle.part'].PART, pkg.part is sys.modules['bundle.part'])
flat = importlib.util.spec_from_file_location('flat', os.path.join(here, 'byfile', 'plugin.py'), submodule_search_locations=[])
print(flat.parent, [rel(p) for p in flat.submodule_search_locations])
gone = importlib.util.spec_from_file_location('gone', os.path.join(here, 'byfile', 'absent.py'))
print(gone.name, rel(gone.origin))
try:
    gone.loader.exec_module(importlib.util.module_from_spec(gone))
except OSError as e:
    print(type(e).__name__, e.errno, rel(e.filename))
