# Attribute access during a circular import: a parent package's child that is still being imported
# ("cannot access submodule"), a module reading itself before its names exist ("partially initialized
# module"), and the same names once both imports have finished.
import sys
import loop.first
print(loop.first.FIRST, loop.second.SECOND, loop.second.first is loop.first)
print(loop.first.__spec__._uninitialized_submodules, loop.__spec__._uninitialized_submodules)
try:
    loop.third
except AttributeError as e:
    print('loop.third:', e)
try:
    import loop.third
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    loop.third
except AttributeError as e:
    print('loop.third again:', e)
