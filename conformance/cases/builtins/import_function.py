# __import__ called directly: top-level vs dotted names, fromlist, level errors, and sys.modules entries.
import sys
m = __import__('math')
print(m.__name__, m.sqrt(16), m is sys.modules['math'])
top = __import__('os.path')
print(top.__name__)
leaf = __import__('os.path', fromlist=['join'])
print(leaf.__name__ in ('posixpath', 'ntpath'), leaf.join('a', 'b'))
coll = __import__('collections', globals(), locals(), ['OrderedDict'], 0)
print(coll.__name__, coll.OrderedDict.__name__)
try:
    __import__('no_such_module_for_sure')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    __import__('json.nope_sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    __import__('', globals(), {}, [], 1)
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    __import__(5)
except TypeError as e:
    print('TypeError:', e)
try:
    __import__('math', level=-1)
except ValueError as e:
    print('ValueError:', e)
import importlib
j = importlib.import_module('json')
print(j.dumps({'a': [1, 2]}), 'json' in sys.modules)
print(type(sys.modules).__name__, 'builtins' in sys.modules, '__main__' in sys.modules)
print(sys.modules['__main__'].__name__, sys.modules[__name__] is sys.modules['__main__'])
