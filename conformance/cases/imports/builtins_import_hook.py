# Replacing builtins.__import__: the arguments every import statement passes (also those inside the
# imported package), a hook that refuses a name, a custom __import__ in exec's builtins, and a missing one.
import builtins
real = builtins.__import__
calls = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get('__name__')
    if not importer.startswith('importlib'):  # CPython's importlib imports _io through the hook too
        calls.append((name, fromlist, level, importer, locals is globals))
    if name.split('.')[0] == 'forbidden':
        raise ImportError('blocked by the hook')
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import shop.cart
from shop.util import fmt as f
def inside():
    from shop import pricing, cart
    return pricing.__name__
inside()
try:
    import forbidden.sub
except ImportError as e:
    print('hook says:', e)
builtins.__import__ = real
for c in calls:
    print(c)
class Fake:
    def __init__(self, *args): self.args = args
    def __getattr__(self, attr): return f'{attr} from {self.args[0]!r} fromlist {self.args[3]} level {self.args[4]}'
g = {'__builtins__': {'__import__': Fake}}
exec('import alpha.beta\nfrom . import gamma\nfrom ..delta import eps\nr = (alpha.args[0], alpha.args[3:], gamma, eps)', g)
print(g['r'])
del builtins.__import__
try:
    import shop
except ImportError as e:
    print('without __import__:', e)
builtins.__import__ = real
try:
    exec('import os', {'__builtins__': {}})
except ImportError as e:
    print('empty builtins:', e)
exec('import alpha.beta as ab', g)
print(g['ab'])
