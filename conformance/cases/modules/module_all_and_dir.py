# dir() of modules, __all__ declared on built-in and helper modules, and star-import namespaces built with exec.
import _plain, _lazy, math, sys
print(sorted(n for n in dir(_plain) if not n.startswith('__')))
print('__name__' in dir(_plain), '__file__' in dir(_plain), '__doc__' in dir(_plain))
print(hasattr(_plain, '__all__'), hasattr(math, '__all__'))
ns = {}
exec('from _plain import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns2 = {}
exec('from math import *', ns2)
print(len([k for k in ns2 if k != '__builtins__']) == len([n for n in dir(math) if not n.startswith('_')]))
print(sorted(dir(_lazy)))
print([n for n in dir(sys) if n in ('argv', 'path', 'modules', 'exit', 'maxsize')])
