# What __main__ starts with: CPython's add_main_module names (with an empty __annotations__), then
# __file__ and __cached__; and isinstance/issubclass against unions and parameterized generics.
import os
names = list(globals())
print(names[:names.index('os')])
print(__annotations__, __cached__, os.path.basename(__file__), __doc__, __spec__, __package__)
x: int = 5
print(__annotations__)
import types
print(types.UnionType, int | str, type(int | None).__name__, (int | str).__module__ if hasattr(int | str, '__module__') else '')
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
for check in ['isinstance(1, list[int])', 'issubclass(list, dict[str, int])', 'isinstance(1, int | list[int])',
              'isinstance("a", int | list[int])', 'isinstance(1, (str, list[int]))', 'isinstance(1, [int])']:
    try:
        print(check, eval(check))
    except TypeError as e:
        print(check, 'TypeError', e)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, ()))
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
