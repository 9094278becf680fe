# Namespace packages (folders without __init__.py): their module attributes and spec, relative
# imports inside them, and what a missing submodule reports.
import os
import nspace.inner.leaf
here = os.path.dirname(os.path.abspath(__file__))
ns = nspace
print(ns.__name__, ns.__package__, ns.__file__, ns.__spec__.origin, ns.__spec__.name, ns.__spec__.parent)
print([os.path.relpath(p, here) for p in ns.__path__])
print([os.path.relpath(p, here) for p in ns.__spec__.submodule_search_locations])
print(ns.__spec__.has_location, ns.__loader__ is ns.__spec__.loader, type(ns.__loader__).__name__)
print(repr(ns).startswith("<module 'nspace' (<"), ns.__doc__)
print(nspace.inner.__package__, nspace.inner.__spec__.parent, nspace.inner.leaf.__package__)
print(nspace.inner.leaf.LEAF, nspace.inner.sibling_leaf.SIB, nspace.inner.leaf.sibling_leaf.SIB)
print(os.path.relpath(nspace.inner.leaf.__file__, here))
print(sorted(k for k in vars(ns) if k.startswith('__')))
try:
    import nspace.absent
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
from nspace import inner
print(inner is nspace.inner, 'inner' in dir(nspace))
