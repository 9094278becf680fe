# Module objects: types.ModuleType, attribute dicts, docstrings, repr of built-in modules, and module globals.
import types, sys, math
import _plain
m = types.ModuleType('made', 'made doc')
print(type(m).__name__, m.__name__, m.__doc__, sorted(vars(m)))
m.x = 5
exec('y = x * 2', m.__dict__)
print(m.y, m.__dict__ is vars(m))
print(repr(sys), repr(sys.modules['builtins']))
print(repr(types.ModuleType('anon')))
print(_plain.__doc__, _plain.bump(), _plain.bump(), _plain.calls)
g = _plain.bump.__globals__
print(g is vars(_plain), g['calls'])
_plain.calls = 100
print(_plain.bump())
print(isinstance(math, types.ModuleType), type(sys) is types.ModuleType)
del m.x
try:
    m.x
except AttributeError as e:
    print('AttributeError:', e)
for args in ((), (5,), ('a', 'b', 'c')):
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print('TypeError:', e)
print(sys.modules[__name__].__name__, __name__)
this = sys.modules[__name__]
this.added_later = 'yes'
print(added_later)
class Special(types.ModuleType):
    def describe(self):
        return f'special module {self.__name__}'
_plain.__class__ = Special
print(_plain.describe(), type(_plain).__name__)
print(sorted(k for k in vars(_plain) if not k.startswith('__')))
