# __main__ versus the same file imported under its own name (its body runs again, as a different module),
# and __builtins__: the builtins module in __main__, the builtins dict in every imported module and exec().
import sys
MARKER = 'main'
print('body runs as', __name__, '| __builtins__ is a', type(__builtins__).__name__)
if __name__ == '__main__':
    import __main__
    print(__main__ is sys.modules['__main__'], __main__.__dict__ is globals(), __spec__)
    import _sees_main
    import main_module_identity as again
    print(again is __main__, again.__name__, again.MARKER, again.__spec__.name)
    print(sys.modules['main_module_identity'] is again, again.__builtins__ is __builtins__.__dict__)
    g = {}
    exec('pass', g)
    print(type(g['__builtins__']).__name__, g['__builtins__'] is __builtins__.__dict__)
    import types
    m = types.ModuleType('made')
    exec('x = 1', m.__dict__)
    print(sorted(m.__dict__), type(m.__dict__['__builtins__']).__name__)
    import importlib
    again.MARKER = 'changed'
    importlib.reload(again)
    print('after reload:', again.MARKER, type(again.__builtins__).__name__)
