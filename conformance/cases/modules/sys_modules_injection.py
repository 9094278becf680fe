# sys.modules as the import cache: injected fakes are imported, None entries block imports, deletions force reloads.
import sys, types
fake = types.ModuleType('virtual_mod')
fake.answer = 42
sys.modules['virtual_mod'] = fake
import virtual_mod
from virtual_mod import answer
print(virtual_mod is fake, answer)

sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__ + ':', e)

class Anything:
    def __getattr__(self, name):
        return f'attr {name}'
sys.modules['duck_mod'] = Anything()
import duck_mod
from duck_mod import whatever
print(type(duck_mod).__name__, whatever)

import _plain
first = _plain
first.bump()
del sys.modules['_plain']
import _plain
print(first is _plain, first.calls, _plain.calls)
pkg = types.ModuleType('vpkg')
pkg.__path__ = []
sub = types.ModuleType('vpkg.sub')
sub.value = 'sub value'
sys.modules['vpkg'] = pkg
sys.modules['vpkg.sub'] = sub
from vpkg.sub import value
import vpkg.sub
print(value, vpkg.__name__)
