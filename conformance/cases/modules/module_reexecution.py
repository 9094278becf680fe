# runpy and exec of a module's source: executing a helper as __main__ runs its main-guarded block.
import runpy, os
ns = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '_plain.py'))
print(ns['calls'], ns['__name__'], ns['__doc__'])
ns2 = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '_plain.py'), run_name='__main__')
print(ns2['__name__'], ns2['bump']())
mod = runpy.run_module('_lazy')
print(mod['eager'], mod['__name__'])
